import { parseMergedRange, type MergedRange } from "../../core/check/merged-ranges";
import type { ZipEntry } from "./zip-directory";
import { entryByteChunks } from "./zip-entry-node";

const MARK = Buffer.from("mergeCell");
const REF = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref="([^"]+)"/g;

/**
 * A sheet part's merged areas (a 地区 merged over its block). The file lists them after the rows,
 * yet the check needs them before the first row: this inflates the part once more, only looking
 * for the first "mergeCell" in the bytes, and parses what follows it — a few lines, not the rows.
 * Text in cells cannot fake it: inside a cell a "<" is written &lt;.
 */
export async function readSheetMerges(bytes: Uint8Array, entry: ZipEntry): Promise<MergedRange[]> {
  const tail: Buffer[] = [];
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of entryByteChunks(bytes, entry)) {
    if (tail.length > 0) {
      tail.push(chunk);
      continue;
    }
    const window = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const at = window.indexOf(MARK);
    if (at >= 0) tail.push(window.subarray(Math.max(0, at - 64)));
    // Keep enough of this chunk to find a mark (and its tag's start) split across two chunks.
    else carry = window.subarray(Math.max(0, window.length - MARK.length - 64));
  }
  const text = Buffer.concat(tail).toString("utf8");
  return [...text.matchAll(REF)].flatMap((match) => parseMergedRange(match[1]) ?? []);
}
