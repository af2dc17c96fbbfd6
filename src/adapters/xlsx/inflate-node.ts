import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { RawInflater } from "./zip-part";

/** Inflated bytes handed over at a time: the reader's XML tokenizer takes any size. */
const CHUNK_BYTES = 1 << 18;
/**
 * Below this (compressed) no zlib stream: over a thousand rosters of 1,000 rows, zlib streams for
 * every small part cost 15% more CPU than DecompressionStream (measured, cause not pinned down);
 * from a megabyte up, its large pieces save three quarters. A small part is inflated in one call
 * (WHOLE_PART_BYTES), one between them left to the platform's inflater.
 */
const LARGE_PART_BYTES = 1 << 20;

/**
 * Node's zlib: a small part in one call, a large one on its thread pool, giving 256 KB at a time. The platform's DecompressionStream
 * gives 16 KB, each a round trip between threads: a 100k-row sheet (52 MB of XML) took 475 ms and
 * 200 ms of CPU to inflate through it, 95–165 ms and 50 ms this way. The CLI and its check workers
 * set it (zip-part.ts useRawInflater); the page keeps the platform's.
 */
export const nodeInflater: RawInflater = (data, recordedSize) => {
  if (data.length >= LARGE_PART_BYTES) return inflated(data);
  return recordedSize <= WHOLE_PART_BYTES ? inflatedWhole(data, recordedSize) : null;
};

/**
 * Up to this (inflated, as the zip records it) a part is inflated in one call on this thread: a
 * 1,000-row roster's sheet is ~500 KB, which the platform's inflater gives in 16 KB pieces, each a
 * round trip to the thread pool: check workers sat idle 17–20% of the time waiting on them, and the
 * one call takes half the system time. Past it, the part is streamed (a header read stops early).
 */
const WHOLE_PART_BYTES = 1 << 20;

/** Never more than the recorded size (+1, so a part that lies is caught): past it, or damaged, the stream says why as it always did. */
async function* inflatedWhole(data: Uint8Array, recordedSize: number): AsyncGenerator<Uint8Array> {
  let whole: Uint8Array;
  try {
    const bytes = inflateRawSync(data, { chunkSize: Math.max(64, recordedSize + 1), maxOutputLength: recordedSize + 1 });
    whole = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch {
    yield* inflated(data);
    return;
  }
  yield whole;
}

async function* inflated(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const stream = createInflateRaw({ chunkSize: CHUNK_BYTES });
  stream.end(data);
  // Leaving the loop early destroys the stream: a sheet left after its header window stops inflating.
  for await (const chunk of stream) yield chunk as Uint8Array;
}
