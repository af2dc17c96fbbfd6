import { crc32 } from "node:zlib";

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
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
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
