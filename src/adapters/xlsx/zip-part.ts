import { Inflate } from "fflate";
import { CRC32_START, crc32Final, crc32Update } from "./crc32";
import { DamagedPart } from "./damaged-part";
import type { ZipEntry } from "./zip-directory";

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: the inflated chunks are then ~0.5 MB. */
const FEED_BYTES = 1 << 16;
/**
 * Real parts inflate 5–30×, and small ones (a repeated style table) more; a zip bomb inflates
 * ~1000×. Past the floor, a part may not outgrow its compressed size by more than this.
 */
const MAX_RATIO = 200;
const RATIO_FLOOR = 16 * 1024 * 1024;

/** How far one part may inflate: sheets are streamed, so only their time grows with them. */
export const PART_LIMITS = {
  sheet: 2 * 1024 * 1024 * 1024,
  /** Held in memory whole, as the strings every sheet refers to. */
  sharedStrings: 256 * 1024 * 1024,
  /** workbook.xml, relationships, styles: a few KB in real files. */
  small: 64 * 1024 * 1024,
} as const;

/**
 * A part's inflated bytes in chunks, never the whole part at once. The size and the CRC-32 the
 * zip recorded are checked as the bytes arrive and at the end: a damaged deflate stream is
 * refused rather than read in part. Pass `verify: false` for a second pass over a part already
 * verified (the CRC costs as much as the inflating).
 */
export function* partChunks(archive: Uint8Array, entry: ZipEntry, limit: number, verify = true): Generator<Uint8Array> {
  checkDeclaredSize(entry, limit);
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let crc = CRC32_START;
  let size = 0;
  const ready: Uint8Array[] = [];
  const accept = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (size > entry.size) throw new DamagedPart("解压后比记录的大小更大", "it inflates past its recorded size", size > limit);
    if (verify) crc = crc32Update(crc, chunk);
    ready.push(chunk);
  };
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += FEED_BYTES) {
      accept(data.subarray(at, at + FEED_BYTES));
      yield* drain(ready);
    }
  } else if (entry.method === DEFLATED) {
    const inflater = new Inflate(accept);
    for (let at = 0; at < data.length || at === 0; at += FEED_BYTES) {
      inflate(inflater, data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
      yield* drain(ready);
    }
  } else {
    throw new DamagedPart(`使用了不支持的压缩方式 ${entry.method}`, `it uses compression method ${entry.method}, which Excel does not write`);
  }
  if (size !== entry.size) throw new DamagedPart("数据不完整（解压后的大小与记录不符）", "its data is incomplete (inflated size differs from the recorded size)");
  if (verify && crc32Final(crc) !== entry.crc32) throw new DamagedPart("数据校验（CRC-32）不符", "its CRC-32 check fails");
}

/** A small part (workbook, relationships, styles, shared strings) as one byte array. */
export function partBytes(archive: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const chunks = [...partChunks(archive, entry, limit)];
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(entry.size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

function checkDeclaredSize(entry: ZipEntry, limit: number): void {
  const ratioCap = Math.max(RATIO_FLOOR, entry.compressedSize * MAX_RATIO);
  if (entry.size > limit || entry.size > ratioCap) {
    const mib = Math.ceil(entry.size / 1024 / 1024);
    throw new DamagedPart(`记录的解压大小为 ${mib} MiB`, `its recorded inflated size is ${mib} MiB`, true);
  }
}

function inflate(inflater: Inflate, data: Uint8Array, final: boolean): void {
  try {
    inflater.push(data, final);
  } catch (error) {
    if (error instanceof DamagedPart) throw error;
    throw new DamagedPart("压缩数据无法解开", `its compressed data cannot be inflated (${(error as Error).message})`);
  }
}

function* drain(ready: Uint8Array[]): Generator<Uint8Array> {
  for (const chunk of ready) yield chunk;
  ready.length = 0;
}
