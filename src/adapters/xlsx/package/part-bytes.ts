import { ReportError } from "../../../core/errors";
import { DamagedPart } from "../damaged-part";
import { partChunksSync } from "../zip-part";
import type { ZipRecord } from "./zip-records";

/**
 * A part's bytes as they inflate, a slice at a time, with its CRC-32 and size checked as they pass
 * and at the end (zip-part.ts, as the reader checks them): a copy is never made from, or passed on,
 * a part that does not inflate to what its entry says.
 */
export function* partBytes(record: ZipRecord, fileName: string): Generator<Uint8Array> {
  try {
    yield* partChunksSync(record.data, { method: record.method, size: record.size, crc32: record.crc });
  } catch (error) {
    throw error instanceof DamagedPart ? damagedPart(record, fileName) : error;
  }
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
