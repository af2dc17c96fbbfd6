import type { CellValue } from "../cell";
import { HEADER_WINDOW } from "../check/header-window";
import { cellText, withoutSpaces } from "../rows/cell-text";

/** The header of a sheet of a form the product does not ship, and the rows under it. */
export interface SheetSample {
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** Heading text per column, column 1 first ("" where the header cell is empty). */
  readonly headings: readonly string[];
  /** The data rows' cells, column 1 first; total, footer and blank lines left out. */
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
}

const NOT_DATA = /^(合计|小计|总计|共计|填表人|填报人|审核人|制表人|负责人|单位负责人|说明|注[:：])/;

/**
 * The header (`headerRow`, or the likeliest: the first of the most-filled rows of text in the top
 * 30 that has a row under it) and the rows under it that look like data. `firstRow` is the sheet
 * row of rows[0].
 */
export function sampleSheet(rows: readonly (readonly (CellValue | undefined)[])[], firstRow = 1, headerRow?: number): SheetSample | null {
  const at = headerRow === undefined ? likeliestHeader(rows) : headerRow - firstRow;
  if (at < 0 || at >= rows.length) return null;
  const header = rows[at];
  const headings = Array.from({ length: lastFilled(header) }, (_, i) => withoutSpaces(cellText(header[i])));
  const data: (readonly (CellValue | undefined)[])[] = [];
  for (const row of rows.slice(at + 1)) {
    const texts = row.map((cell) => cellText(cell)).filter((text) => text !== "");
    if (texts.length === 0) continue;
    if (NOT_DATA.test(withoutSpaces(texts[0]))) continue;
    // A row of one or two cells under a wide header is a note (单位：元, a date), not a person.
    if (texts.length < Math.min(3, headings.length)) continue;
    data.push(row);
  }
  return { headerRow: firstRow + at, headings, rows: data };
}

function likeliestHeader(rows: readonly (readonly (CellValue | undefined)[])[]): number {
  let best = -1;
  let bestCount = 2;
  for (let i = 0; i < Math.min(rows.length - 1, HEADER_WINDOW); i++) {
    const count = rows[i].filter((cell) => typeof cell === "string" && cellText(cell) !== "" && !/^[\d.,\s-]+$/.test(cell)).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best;
}

function lastFilled(row: readonly (CellValue | undefined)[]): number {
  let last = row.length;
  while (last > 0 && cellText(row[last - 1]) === "") last--;
  return last;
}
