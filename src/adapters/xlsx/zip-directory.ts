/**
 * The file list of a zip archive, read from its central directory at the end of the file. Used
 * to tell a workbook from a renamed .docx, and by the reader to inflate one part at a time
 * instead of unpacking the whole workbook. The sizes and CRC recorded here are what each part
 * is checked against when it is inflated (zip-part.ts).
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The inflated size the writer recorded. */
  readonly size: number;
  readonly crc32: number;
  /** Offset of the entry's compressed data inside the archive. */
  readonly dataOffset: number;
  /** The rest is what a copy needs to write the entry again unchanged (package/zip-records.ts). */
  readonly nameBytes: Uint8Array;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly externalAttributes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH_SPAN = 22 + 0xffff;
/** Sizes this large mean a ZIP64 record: parts over 4 GiB, far beyond any roster. */
const ZIP64_MARK = 0xffffffff;

/**
 * Entries by name, or null when the bytes are not a readable zip (truncated, corrupt, two
 * entries under one name — which one a reader took would be up to the reader).
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = names.decode(nameBytes);
    const dataOffset = localDataOffset(view, localHeader);
    if (dataOffset < 0 || dataOffset + compressedSize > bytes.length || entries.has(name)) return null;
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK) return null;
    entries.set(name, {
      name,
      method,
      compressedSize,
      size,
      crc32,
      dataOffset,
      nameBytes,
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      flags: view.getUint16(at + 8, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      externalAttributes: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_SEARCH_SPAN);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The local header repeats the name and may carry a different extra field, so its length is read there. */
function localDataOffset(view: DataView, header: number): number {
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) return -1;
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}
