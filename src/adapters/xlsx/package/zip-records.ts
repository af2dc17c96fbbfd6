import { ReportError } from "../../../core/errors";
import { readZipDirectory, type ZipEntry } from "../zip-directory";

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

/**
 * The entries of a zip in directory order, read by the reader's zip-directory.ts (ZIP64 records
 * included); a damaged archive (or two entries under one name) is refused with a message naming the file.
 * `directory`: the same bytes' directory as an opening already parsed it (workbook-file.ts).
 */
export function readZipRecords(bytes: Uint8Array, fileName: string, directory?: ReadonlyMap<string, ZipEntry>): ZipRecord[] {
  const entries = directory ?? readZipDirectory(bytes);
  if (entries === null) throw damaged(fileName);
  return [...entries.values()].map(({ crc32, dataOffset, ...entry }) => ({
    ...entry,
    crc: crc32,
    data: bytes.subarray(dataOffset, dataOffset + entry.compressedSize),
  }));
}

function damaged(fileName: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `无法复制“${fileName}”（压缩包已损坏或过大）：请在 Excel 中打开并另存为 .xlsx 后再试。`,
    `Cannot copy "${fileName}" (the zip is damaged or too large): open it in Excel, save it as .xlsx and try again.`,
  );
}
