import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./zip-directory";

const STORED = 0;
const FEED_BYTES = 1 << 16;

function compressed(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** A small part (workbook, relationships, styles) as text in one go. */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const data = compressed(bytes, entry);
  return Buffer.from(entry.method === STORED ? data : inflateRawSync(data)).toString("utf8");
}

/**
 * A part as UTF-8 text in chunks, inflated as it is read, so a 100k-row sheet never exists as
 * one string. The decoder keeps a character split across chunks whole. Breaking out of the loop
 * stops the inflation.
 */
export function entryTextChunks(bytes: Uint8Array, entry: ZipEntry): AsyncIterable<string> {
  const text = entryStream(bytes, entry);
  text.setEncoding("utf8");
  return text;
}

/** A part as raw bytes in chunks, inflated as it is read: for scans that need no text. */
export function entryByteChunks(bytes: Uint8Array, entry: ZipEntry): AsyncIterable<Buffer> {
  return entryStream(bytes, entry);
}

function entryStream(bytes: Uint8Array, entry: ZipEntry): Readable {
  const data = compressed(bytes, entry);
  const feed = Readable.from(slices(data), { objectMode: false });
  return entry.method === STORED ? feed : feed.pipe(createInflateRaw());
}

function* slices(data: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < data.length; at += FEED_BYTES) {
    yield Buffer.from(data.buffer, data.byteOffset + at, Math.min(FEED_BYTES, data.length - at));
  }
}
