import { crc32, deflateRawSync } from "node:zlib";

/**
 * A zip archive made byte by byte, so a test can hand the reader what no writer would: flipped
 * deflate bytes under the right CRC, sizes that lie, a part deflated far beyond its size.
 */
export interface ZipPart {
  readonly name: string;
  /** The part's bytes (or text, written as UTF-8), deflated unless `compressed` is given. */
  readonly content: Uint8Array | string;
  /** Deflated bytes to store instead of deflating `content` (its CRC and size still describe `content`). */
  readonly compressed?: Uint8Array;
  /** A recorded inflated size other than the content's. */
  readonly size?: number;
  readonly crc?: number;
}

export function zipArchive(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const content = typeof part.content === "string" ? Buffer.from(part.content, "utf8") : Buffer.from(part.content);
    const data = part.compressed ? Buffer.from(part.compressed) : deflateRawSync(content);
    const crc = part.crc ?? crc32(content);
    const size = part.size ?? content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
