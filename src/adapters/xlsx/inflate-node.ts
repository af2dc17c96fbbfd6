import { createInflateRaw } from "node:zlib";
import type { RawInflater } from "./zip-part";

/** Inflated bytes handed over at a time: the reader's XML tokenizer takes any size. */
const CHUNK_BYTES = 1 << 18;
/**
 * Below this (compressed) the platform's inflater is left to it: over a thousand rosters of 1,000
 * rows, zlib streams for every small part cost 15% more CPU than DecompressionStream (measured, cause
 * not pinned down); from a megabyte up, its large pieces save three quarters.
 */
const LARGE_PART_BYTES = 1 << 20;

/**
 * Node's zlib, on its thread pool, giving 256 KB at a time. The platform's DecompressionStream
 * gives 16 KB, each a round trip between threads: a 100k-row sheet (52 MB of XML) took 475 ms and
 * 200 ms of CPU to inflate through it, 95–165 ms and 50 ms this way. The CLI and its check workers
 * set it (zip-part.ts useRawInflater); the page keeps the platform's.
 */
export const nodeInflater: RawInflater = (data) => (data.length < LARGE_PART_BYTES ? null : inflated(data));

async function* inflated(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const stream = createInflateRaw({ chunkSize: CHUNK_BYTES });
  stream.end(data);
  // Leaving the loop early destroys the stream: a sheet left after its header window stops inflating.
  for await (const chunk of stream) yield chunk as Uint8Array;
}
