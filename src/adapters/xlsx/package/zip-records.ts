import { ReportError } from "../../../core/errors";

/**
 * One entry of a zip's central directory with every field a copy needs to write it again
 * unchanged: the compressed bytes are copied as they are, never inflated and deflated again.
 */
export interface ZipRecord {
  readonly name: string;
  /** The name as stored, so a copy writes it back byte for byte. */
  readonly nameBytes: Uint8Array;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly externalAttributes: number;
  /** The entry's compressed data inside the archive. */
  readonly data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The entries of a zip in directory order; a damaged or zip64 archive is refused with a message naming the file. */
export function readZipRecords(bytes: Uint8Array, fileName: string): ZipRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw damaged(fileName);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder("utf-8");
  const records: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged(fileName);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const localHeader = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK || localHeader === ZIP64_MARK) throw damaged(fileName);
    if (localHeader + 30 > bytes.length || view.getUint32(localHeader, true) !== LOCAL_HEADER) throw damaged(fileName);
    const dataOffset = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (dataOffset + compressedSize > bytes.length) throw damaged(fileName);
    records.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      nameBytes: bytes.subarray(at + 46, at + 46 + nameLength),
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      externalAttributes: view.getUint32(at + 38, true),
      data: bytes.subarray(dataOffset, dataOffset + compressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return records;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function damaged(fileName: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `无法复制“${fileName}”（压缩包已损坏或过大）：请在 Excel 中打开并另存为 .xlsx 后再试。`,
    `Cannot copy "${fileName}" (the zip is damaged or too large): open it in Excel, save it as .xlsx and try again.`,
  );
}
