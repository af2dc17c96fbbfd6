/**
 * CRC-32 (the zip polynomial), fed chunk by chunk as a part is inflated. Written here because
 * fflate computes it internally but does not export it, and Node's zlib.crc32 does not exist in
 * the browser's Web Worker; a table-driven loop is the textbook ten lines.
 */
const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

export const CRC32_START = 0xffffffff;

/** The running value after `bytes`; start with CRC32_START and pass the result to crc32Final. */
export function crc32Update(running: number, bytes: Uint8Array): number {
  let crc = running;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

export function crc32Final(running: number): number {
  return (running ^ 0xffffffff) >>> 0;
}
