import { Deflate } from "fflate";
import { CRC32_START, crc32Final, crc32Update } from "../crc32";
import type { ZipRecord } from "./zip-records";

/** Where a package's bytes go as they are made: a file in Node, a list of chunks in the page. */
export type ByteSink = (chunk: Uint8Array) => void;

type Written = Omit<ZipRecord, "data" | "name"> & { readonly offset: number };

const DEFLATED = 8;
const UTF8_NAMES = 1 << 11;
const DATA_DESCRIPTOR = 1 << 3;
/** DOS date 1980-01-01 00:00, for parts this product adds (a fixed time keeps copies reproducible). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes a zip to a sink entry by entry. An unchanged entry is copied with its compressed bytes
 * as they were; a new or changed part is deflated here and held compressed until its size is
 * known, so the local header carries real sizes (no data descriptors) and memory stays bounded by
 * one compressed part.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  constructor(private readonly sink: ByteSink) {}

  copy(record: ZipRecord): void {
    this.entry({ ...record, flags: record.flags & ~DATA_DESCRIPTOR }, [record.data]);
  }

  /** Deflates a part given as text or bytes in pieces and writes it. */
  add(name: string, pieces: Iterable<string | Uint8Array>, deflater?: DeflaterFactory): void {
    this.put(deflatePart(name, pieces, deflater));
  }

  /** Writes a part deflated beforehand. */
  put(part: DeflatedPart): void {
    this.entry(part.header, part.compressed);
  }

  /** The central directory and its end record. */
  finish(): void {
    const start = this.offset;
    for (const entry of this.written) {
      const record = new DataView(new ArrayBuffer(46));
      record.setUint32(0, 0x02014b50, true);
      record.setUint16(4, entry.versionMadeBy, true);
      record.setUint16(6, entry.versionNeeded, true);
      this.common(record, 8, entry);
      record.setUint32(38, entry.externalAttributes, true);
      record.setUint32(42, entry.offset, true);
      this.emit(new Uint8Array(record.buffer));
      this.emit(entry.nameBytes);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.written.length, true);
    end.setUint16(10, this.written.length, true);
    end.setUint32(12, this.offset - start, true);
    end.setUint32(16, start, true);
    this.emit(new Uint8Array(end.buffer));
  }

  private entry(entry: Omit<Written, "offset">, data: readonly Uint8Array[]): void {
    this.written.push({ ...entry, offset: this.offset });
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, entry.versionNeeded, true);
    this.common(header, 6, entry);
    this.emit(new Uint8Array(header.buffer));
    this.emit(entry.nameBytes);
    for (const chunk of data) this.emit(chunk);
  }

  /** The fields local headers and directory records share, from flags to the name's length. */
  private common(view: DataView, at: number, entry: Omit<Written, "offset">): void {
    view.setUint16(at, entry.flags, true);
    view.setUint16(at + 2, entry.method, true);
    view.setUint16(at + 4, entry.time, true);
    view.setUint16(at + 6, entry.date, true);
    view.setUint32(at + 8, entry.crc, true);
    view.setUint32(at + 12, entry.compressedSize, true);
    view.setUint32(at + 16, entry.size, true);
    view.setUint16(at + 20, entry.nameBytes.length, true);
  }

  private emit(chunk: Uint8Array): void {
    this.offset += chunk.length;
    this.sink(chunk);
  }
}

/** A part deflated and held compressed, ready to be written once its place in the zip comes. */
export interface DeflatedPart {
  readonly header: Omit<Written, "offset">;
  readonly compressed: readonly Uint8Array[];
}

/** Raw DEFLATE of one part as its bytes arrive; `final` ends the stream. */
export interface PartDeflater {
  push(bytes: Uint8Array, final?: boolean): void;
}

/** Makes a deflater that hands its output to `out`: fflate everywhere, the native one where a host has it (deflate-node.ts). */
export type DeflaterFactory = (out: (chunk: Uint8Array) => void) => PartDeflater;

/** fflate at level 1: a 200k-row sheet deflates in seconds in a browser, a few percent larger than at level 6. */
export const fflateDeflater: DeflaterFactory = (out) => new Deflate({ level: 1 }, (chunk) => out(chunk));

/** Deflates a part given as text or bytes in pieces (a generator keeps a big part out of memory). */
export function deflatePart(name: string, pieces: Iterable<string | Uint8Array>, deflater: DeflaterFactory = fflateDeflater): DeflatedPart {
  const part = new PartDeflating(name, deflater);
  for (const piece of pieces) part.push(piece);
  return part.finish();
}

/**
 * A part deflated as its pieces arrive, over time (a 汇总名册 whose rows come from one submission
 * after another, each read asynchronously): only the compressed bytes are held.
 */
export class PartDeflating {
  private readonly encoder = new TextEncoder();
  private readonly compressed: Uint8Array[] = [];
  private readonly deflate: PartDeflater;
  private crc = CRC32_START;
  private size = 0;

  constructor(
    private readonly name: string,
    deflater: DeflaterFactory = fflateDeflater,
  ) {
    this.deflate = deflater((chunk) => this.compressed.push(chunk));
  }

  push(piece: string | Uint8Array): void {
    const bytes = typeof piece === "string" ? this.encoder.encode(piece) : piece;
    if (bytes.length === 0) return;
    this.crc = crc32Update(this.crc, bytes);
    this.size += bytes.length;
    this.deflate.push(bytes);
  }

  finish(): DeflatedPart {
    this.deflate.push(new Uint8Array(0), true);
    const compressedSize = this.compressed.reduce((sum, chunk) => sum + chunk.length, 0);
    const header = {
      nameBytes: this.encoder.encode(this.name),
      versionMadeBy: 20,
      versionNeeded: 20,
      flags: UTF8_NAMES,
      method: DEFLATED,
      time: 0,
      date: DOS_DATE,
      crc: crc32Final(this.crc),
      compressedSize,
      size: this.size,
      externalAttributes: 0,
    };
    return { header, compressed: this.compressed };
  }
}
