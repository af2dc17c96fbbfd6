import type { CellValue } from "../cell";
import { columnNumber } from "../address";

/** A merged area in sheet coordinates (1-based, inclusive), as the host reports it. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * "B5:B9", "$B$5:$B$9" or "花名册!B5:B9" (Excel prefixes the sheet) → the area; null for
 * anything that is not an A1 range.
 */
export function parseMergedRange(address: string): MergedRange | null {
  const match = RANGE.exec(address.slice(address.lastIndexOf("!") + 1));
  if (match === null) return null;
  const [, firstLetters, firstRow, lastLetters = firstLetters, lastRow = firstRow] = match;
  const rows = [Number(firstRow), Number(lastRow)];
  const columns = [columnNumber(firstLetters), columnNumber(lastLetters)];
  return { top: Math.min(...rows), left: Math.min(...columns), bottom: Math.max(...rows), right: Math.max(...columns) };
}

/**
 * The merges of one column that span several rows, walked top to bottom as rows arrive. The host
 * keeps a merge's value in its top-left cell only; the rows below it show that value on screen,
 * so they read it here too. A merge's top row must pass through `read` for its value to be known:
 * a merge starting in the header (or above the table) lends nothing.
 */
export class ColumnMerges {
  private next = 0;
  private topValue: CellValue | undefined = undefined;

  /** `spans` sorted by top; Excel's merges never overlap. */
  constructor(private readonly spans: readonly MergedRange[]) {}

  /**
   * True when the row lies below the top of one of the column's merges: its cell then reads
   * `inherited`. Rows must come in increasing order.
   */
  covers(rowNumber: number, own: CellValue | undefined): boolean {
    const spans = this.spans;
    while (this.next < spans.length && spans[this.next].bottom < rowNumber) {
      this.next++;
      this.topValue = undefined;
    }
    if (this.next === spans.length || rowNumber < spans[this.next].top) return false;
    if (rowNumber === spans[this.next].top) {
      this.topValue = own;
      return false;
    }
    return true;
  }

  get inherited(): CellValue | undefined {
    return this.topValue;
  }
}

/** One walker per column that has a merge over several rows; horizontal merges are one wide cell. */
export function mergesByColumn(merges: readonly MergedRange[]): Map<number, ColumnMerges> {
  const spans = new Map<number, MergedRange[]>();
  for (const merge of merges) {
    if (merge.bottom <= merge.top) continue;
    const column = spans.get(merge.left);
    if (column === undefined) spans.set(merge.left, [merge]);
    else column.push(merge);
  }
  const walkers = new Map<number, ColumnMerges>();
  for (const [column, list] of spans) walkers.set(column, new ColumnMerges(list.sort((a, b) => a.top - b.top)));
  return walkers;
}
