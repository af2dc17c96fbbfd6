import { Inflate } from "fflate";
import { ReportError } from "../../../core/errors";
import { CRC32_START, crc32Final, crc32Update } from "../crc32";
import type { ZipRecord } from "./zip-records";

const FEED_BYTES = 1 << 16;
const STORED = 0;

/**
 * A part's bytes as they inflate, a slice at a time, with its CRC-32 and size checked at the end:
 * a copy is never made from, or passed on, a part that does not inflate to what its entry says.
 */
export function* partBytes(record: ZipRecord, fileName: string): Generator<Uint8Array> {
  let crc = CRC32_START;
  let size = 0;
  const check = (chunk: Uint8Array) => {
    crc = crc32Update(crc, chunk);
    size += chunk.length;
  };
  if (record.method === STORED) {
    check(record.data);
    yield record.data;
  } else {
    const out: Uint8Array[] = [];
    const inflate = new Inflate((chunk) => out.push(chunk));
    for (let at = 0; at < record.data.length || at === 0; at += FEED_BYTES) {
      const end = Math.min(record.data.length, at + FEED_BYTES);
      try {
        inflate.push(record.data.subarray(at, end), end === record.data.length);
      } catch {
        throw damagedPart(record, fileName);
      }
      for (const chunk of out.splice(0)) {
        check(chunk);
        yield chunk;
      }
      if (end === record.data.length) break;
    }
  }
  if (crc32Final(crc) !== record.crc || size !== record.size) throw damagedPart(record, fileName);
}

/** A part as UTF-8 text in pieces; a character split between slices is kept whole. */
export function* partTextChunks(record: ZipRecord, fileName: string): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (const chunk of partBytes(record, fileName)) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** A small part (workbook, relationships, styles, notes) as one string. */
export function partText(record: ZipRecord, fileName: string): string {
  let text = "";
  for (const chunk of partTextChunks(record, fileName)) text += chunk;
  return text;
}

function damagedPart(record: ZipRecord, fileName: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${fileName}”中的“${record.name}”已损坏（校验和或大小不符）：请在 Excel 中打开并另存为 .xlsx 后再试。`,
    `Part "${record.name}" of "${fileName}" is damaged (checksum or size mismatch): open the file in Excel, save it as .xlsx and try again.`,
  );
}
