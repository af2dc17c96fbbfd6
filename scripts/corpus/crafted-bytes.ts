import { crc32, deflateRawSync } from "node:zlib";

/**
 * Files exceljs cannot write, made byte by byte: just enough of each format for the sniffer,
 * which looks at magic numbers and directory names, never at the content behind them.
 */

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SECTOR = 512;

/**
 * An OLE compound file: the 512-byte header and one directory sector naming the given streams
 * (UTF-16LE, as Excel writes "Workbook" in an .xls and "EncryptionInfo" in an encrypted .xlsx).
 */
export function compoundFile(streamNames: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(SECTOR * 2);
  bytes.set(CFB_MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift: 2^9
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x30, 0, true); // first directory sector
  ["Root Entry", ...streamNames].slice(0, 4).forEach((name, i) => {
    const entry = SECTOR + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(entry + c * 2, name.charCodeAt(c), true);
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    bytes[entry + 0x42] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return bytes;
}

/** A zip archive with stored (uncompressed) entries: enough for a .docx renamed to .xlsx. */
export function storedZip(files: Readonly<Record<string, string>>): Uint8Array {
  return zipArchive(Object.entries(files).map(([name, content]) => ({ name, content, stored: true })));
}

/** One entry of `zipArchive`: by default deflated, with its true CRC and size recorded. */
export interface ZipPart {
  readonly name: string;
  /** The part's bytes (or text, written as UTF-8). */
  readonly content: Uint8Array | string;
  readonly stored?: boolean;
  /** Deflated bytes to store instead of deflating `content` (the CRC and size still describe `content`). */
  readonly compressed?: Uint8Array;
  /** A recorded inflated size or CRC other than the content's: what a damaged or hostile file says. */
  readonly size?: number;
  readonly crc?: number;
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

const ZIP64_EXTRA = 0x0001;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_MARK = 0xffffffff;

/**
 * A zip archive made byte by byte, so a file can hold what no writer would: flipped deflate
 * bytes under the right CRC, sizes that lie, a part deflated far beyond any real size. With
 * `zip64`, every size and offset is in ZIP64 form, as streaming writers (.NET's packaging, some
 * exporters) record them whatever the part's size: 0xFFFFFFFF in the headers, the true 64-bit
 * values in each entry's ZIP64 extra field, and a ZIP64 end record before the classic one.
 */
export function zipArchive(parts: readonly ZipPart[], { zip64 = false }: { readonly zip64?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const content = typeof part.content === "string" ? Buffer.from(part.content, "utf8") : Buffer.from(part.content);
    const data = part.compressed ? Buffer.from(part.compressed) : part.stored ? content : deflateRawSync(content);
    const size = part.size ?? content.length;
    const version = zip64 ? 45 : 20;
    const sizes = zip64 ? ([ZIP64_MARK, ZIP64_MARK] as const) : ([data.length, size] as const);
    const fields = [part.stored ? 0 : 8, part.crc ?? crc32(content), ...sizes, name.length] as const;
    const localExtra = zip64 ? zip64Extra([size, data.length]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(version, 4);
    writeEntryFields(local, 8, ...fields);
    local.writeUInt16LE(localExtra.length, 28);
    const centralExtra = zip64 ? zip64Extra([size, data.length, offset]) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(version, 4);
    central.writeUInt16LE(version, 6);
    writeEntryFields(central, 10, ...fields);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(zip64 ? ZIP64_MARK : offset, 42);
    locals.push(local, name, localExtra, data);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? ZIP64_MARK : directory.length, 12);
  end.writeUInt32LE(zip64 ? ZIP64_MARK : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...(zip64 ? zip64End(parts.length, directory.length, offset) : []), end]));
}

/** The ZIP64 extra field: the 64-bit values whose classic fields hold 0xFFFFFFFF, in the order the format lists them. */
function zip64Extra(values: readonly number[]): Buffer {
  const extra = Buffer.alloc(4 + values.length * 8);
  extra.writeUInt16LE(ZIP64_EXTRA, 0);
  extra.writeUInt16LE(values.length * 8, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + i * 8));
  return extra;
}

/** The ZIP64 end-of-directory record (entry count, directory size and offset in 64 bits) and its locator. */
function zip64End(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(ZIP64_END_OF_DIRECTORY, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(ZIP64_END_LOCATOR, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

/** Local headers and directory entries lay out method, CRC, sizes and name length alike, from `at`. */
function writeEntryFields(header: Buffer, at: number, method: number, crc: number, compressedSize: number, size: number, nameLength: number): void {
  header.writeUInt16LE(method, at);
  header.writeUInt32LE(crc, at + 6);
  header.writeUInt32LE(compressedSize, at + 10);
  header.writeUInt32LE(size, at + 14);
  header.writeUInt16LE(nameLength, at + 18);
}

/** GBK bytes for text. Node decodes GBK but cannot encode it: the table is built from the decoder. */
export function encodeGbk(text: string): Uint8Array {
  const table = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`${char} has no GBK code`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table !== null) return table;
  table = new Map();
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}
