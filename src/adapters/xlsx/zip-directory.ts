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
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/**
 * A size, offset or count this large means "see the ZIP64 record". Streaming writers (.NET's
 * packaging, some exporters) use ZIP64 for every part whatever its size, so the values are read
 * from the entry's ZIP64 extra field and the ZIP64 end record.
 */
const ZIP64_MARK = 0xffffffff;
const ZIP64_COUNT_MARK = 0xffff;

/**
 * Entries by name, or null when the bytes are not a readable zip (truncated, corrupt, two
 * entries under one name — which one a reader took would be up to the reader).
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const directory = directoryBounds(view, end);
  if (directory === null) return null;
  const { count } = directory;
  let at = directory.offset;
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return null;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = names.decode(nameBytes);
    const sizes = entrySizes(view, at, at + 46 + nameLength, extraLength);
    if (sizes === null) return null;
    const { compressedSize, size } = sizes;
    const dataOffset = localDataOffset(view, sizes.localHeader);
    if (dataOffset < 0 || dataOffset + compressedSize > bytes.length || entries.has(name)) return null;
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

/** The entry count and where the directory starts: from the end record, or its ZIP64 twin when the end record says so. */
function directoryBounds(view: DataView, end: number): { count: number; offset: number } | null {
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== ZIP64_COUNT_MARK && offset !== ZIP64_MARK) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) return null;
  const record = safeUint64(view, locator + 8);
  if (record === null || record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) return null;
  const count64 = safeUint64(view, record + 32);
  const offset64 = safeUint64(view, record + 48);
  return count64 === null || offset64 === null ? null : { count: count64, offset: offset64 };
}

/**
 * An entry's sizes and local header offset. Those the directory entry marks 0xFFFFFFFF follow in
 * its ZIP64 extra field, as 64-bit values in the order the entry lists them (size, compressed
 * size, offset); a missing or short ZIP64 field makes the directory unreadable, never a guess.
 */
function entrySizes(view: DataView, entry: number, extra: number, extraLength: number): { compressedSize: number; size: number; localHeader: number } | null {
  let compressedSize = view.getUint32(entry + 20, true);
  let size = view.getUint32(entry + 24, true);
  let localHeader = view.getUint32(entry + 42, true);
  if (compressedSize !== ZIP64_MARK && size !== ZIP64_MARK && localHeader !== ZIP64_MARK) return { compressedSize, size, localHeader };
  for (let at = extra; at + 4 <= extra + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > extra + extraLength) return null;
    if (id === ZIP64_EXTRA) {
      let next = at + 4;
      const read = (): number | null => {
        if (next + 8 > at + 4 + length) return null;
        const value = safeUint64(view, next);
        next += 8;
        return value;
      };
      if (size === ZIP64_MARK) size = read() ?? -1;
      if (compressedSize === ZIP64_MARK) compressedSize = read() ?? -1;
      if (localHeader === ZIP64_MARK) localHeader = read() ?? -1;
      return size < 0 || compressedSize < 0 || localHeader < 0 ? null : { compressedSize, size, localHeader };
    }
    at += 4 + length;
  }
  return null;
}

/** A 64-bit little-endian value, or null past the file or past what a Number holds exactly (no roster comes near). */
function safeUint64(view: DataView, at: number): number | null {
  if (at < 0 || at + 8 > view.byteLength) return null;
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/** The local header repeats the name and may carry a different extra field, so its length is read there. */
function localDataOffset(view: DataView, header: number): number {
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) return -1;
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}
