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
 * verified. Leaving the loop early stops the inflating.
 */
export async function* partChunks(archive: Uint8Array, entry: ZipEntry, limit: number, verify = true): AsyncGenerator<Uint8Array> {
  checkDeclaredSize(entry, limit);
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const check = new PartCheck(entry, limit, verify);
  for await (const chunk of decompressed(data, entry.method, entry.size)) yield check.passed(chunk);
  check.end();
}

/**
 * The same on this thread, synchronously (fflate): for the package writer, whose parts stream
 * through synchronous rewriters. `data` is the entry's compressed bytes.
 */
export function* partChunksSync(data: Uint8Array, entry: Pick<ZipEntry, "method" | "size" | "crc32">): Generator<Uint8Array> {
  const check = new PartCheck(entry, Infinity, true);
  for (const chunk of entry.method === STORED ? slices(data) : inflatedByFflate(checkedMethod(data, entry.method))) yield check.passed(chunk);
  check.end();
}

/** A part's inflated size and CRC-32 against what its entry records, as the chunks pass. */
class PartCheck {
  private crc = CRC32_START;
  private size = 0;

  constructor(
    private readonly entry: Pick<ZipEntry, "size" | "crc32">,
    private readonly limit: number,
    private readonly verify: boolean,
  ) {}

  passed(chunk: Uint8Array): Uint8Array {
    this.size += chunk.length;
    if (this.size > this.entry.size) throw new DamagedPart("解压后比记录的大小更大", "it inflates past its recorded size", this.size > this.limit);
    if (this.verify) this.crc = crc32Update(this.crc, chunk);
    return chunk;
  }

  end(): void {
    if (this.size !== this.entry.size) throw new DamagedPart("数据不完整（解压后的大小与记录不符）", "its data is incomplete (inflated size differs from the recorded size)");
    if (this.verify && crc32Final(this.crc) !== this.entry.crc32) throw new DamagedPart("数据校验（CRC-32）不符", "its CRC-32 check fails");
  }
}

/** A small part (workbook, relationships, styles) as one byte array. */
export async function partBytes(archive: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const whole = new Uint8Array(entry.size);
  let at = 0;
  for await (const chunk of partChunks(archive, entry, limit)) {
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

/** A raw DEFLATE stream inflated in chunks, as a host's platform does it best (`recordedSize`: what the zip says it inflates to); null leaves it to the platform's. */
export type RawInflater = (data: Uint8Array, recordedSize: number) => AsyncIterable<Uint8Array> | null;

let hostInflater: RawInflater | null = null;

/**
 * The inflater every part is read with from now on, in this thread: Node's zlib for the CLI
 * (inflate-node.ts), where the platform's DecompressionStream costs four times its CPU. Set once at
 * a thread's start rather than passed down through every reader of a part, which all read alike.
 */
export function useRawInflater(inflater: RawInflater | null): void {
  hostInflater = inflater;
}

function decompressed(data: Uint8Array, method: number, recordedSize: number): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  if (method === STORED) return slices(data);
  const hosted = hostInflater?.(checkedMethod(data, method), recordedSize) ?? null;
  if (hosted !== null) return inflatedBy(hosted);
  const native = nativeInflater();
  return native === null ? inflatedByFflate(checkedMethod(data, method)) : inflatedNatively(native, checkedMethod(data, method));
}

/** The data of a deflated entry; any other method is refused. */
function checkedMethod(data: Uint8Array, method: number): Uint8Array {
  if (method !== DEFLATED) throw new DamagedPart(`使用了不支持的压缩方式 ${method}`, `it uses compression method ${method}, which Excel does not write`);
  return data;
}

/**
 * The platform's own inflater (Node 18+, every current browser, in a Web Worker too): native
 * code, and in Node it runs on another thread while this one parses. Null where "deflate-raw"
 * is unknown (older browsers), which then use fflate.
 */
function nativeInflater(): DecompressionStream | null {
  if (typeof DecompressionStream === "undefined") return null;
  try {
    return new DecompressionStream("deflate-raw");
  } catch {
    return null;
  }
}

async function* inflatedNatively(stream: DecompressionStream, data: Uint8Array): AsyncGenerator<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The reading side below reports a failure; the feeding side only stops.
  void (async () => {
    for (const slice of slices(data)) await writer.write(slice as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => {});
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        throw cannotInflate(error);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

async function* inflatedBy(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    throw cannotInflate(error);
  }
}

function* inflatedByFflate(data: Uint8Array): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => ready.push(chunk));
  for (let at = 0; at < data.length || at === 0; at += FEED_BYTES) {
    try {
      inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
    } catch (error) {
      throw cannotInflate(error);
    }
    yield* ready;
    ready.length = 0;
  }
}

function cannotInflate(error: unknown): DamagedPart {
  return new DamagedPart("压缩数据无法解开", `its compressed data cannot be inflated (${(error as Error).message})`);
}

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < data.length; at += FEED_BYTES) yield data.subarray(at, at + FEED_BYTES);
}
