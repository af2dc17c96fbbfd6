import { toHalfWidth, withoutSpaces } from "./cell-text";
import type { SheetRow } from "./sheet-row";

/** Lines under the table (签字、日期、注) after which nothing is data. */
const FOOTER_WORDS = ["填表人", "填报人", "审核人", "审核", "制表", "填报日期", "负责人", "单位负责人", "联系人", "注:", "说明:", "备注:"];
const FOOTER_FIRST_CHARS = new Set(FOOTER_WORDS.map((word) => word[0]));

/** The first non-empty cell starts like a signature or note line. */
export function isFooterRow(row: SheetRow): boolean {
  for (const cell of row.cells) {
    if (cell === null || cell === undefined || cell === "") continue;
    // A footer is text; checking the type first spares turning every 序号 into a string.
    if (typeof cell !== "string") return false;
    const text = cell.trim();
    if (text === "") continue;
    if (!FOOTER_FIRST_CHARS.has(text[0])) return false;
    return startsWithFooterWord(withoutSpaces(toHalfWidth(text)));
  }
  return false;
}

/**
 * A helper, not a closure in the loop: a closure over the loop's own text makes V8 allocate a
 * context for every cell the loop visits, taken or not (a fifth of a 100k-row check's time).
 */
function startsWithFooterWord(folded: string): boolean {
  for (const word of FOOTER_WORDS) if (folded.startsWith(word)) return true;
  return false;
}

export interface TotalLabel {
  /** 小计 covers a region or a block; 合计/总计/共计 cover every data row. */
  readonly kind: "subtotal" | "grand";
  /** The label cell's text without spaces, e.g. 地直小计. */
  readonly label: string;
  readonly column: number;
  /** The region a 小计 names in its own label (地直小计 → 地直), or "". */
  readonly namedRegion: string;
}

const GRAND_WORDS = ["合计", "总计", "共计"];
const LABEL_PUNCTUATION = /[()（）:：\-—_]/g;

/**
 * A total row is labelled in any of its cells but the given ones (the amount, the remark):
 * some sheets put 合计 under 序号, others under 姓名 or 地区.
 */
export function findTotalLabel(row: SheetRow, notLabels: readonly number[]): TotalLabel | null {
  for (let c = 0; c < row.cells.length; c++) {
    const cell = row.cells[c];
    // Every total word ends in 计: one indexOf keeps ordinary rows cheap.
    if (typeof cell !== "string" || cell.indexOf("计") < 0) continue;
    const column = row.firstColumn + c;
    if (notLabels.includes(column)) continue;
    const label = withoutSpaces(cell);
    if (label.includes("小计")) {
      return { kind: "subtotal", label, column, namedRegion: label.replace("小计", "").replace(LABEL_PUNCTUATION, "") };
    }
    if (includesGrandWord(label)) return { kind: "grand", label, column, namedRegion: "" };
  }
  return null;
}

/** Not a closure in findTotalLabel's loop, for the reason startsWithFooterWord says. */
function includesGrandWord(label: string): boolean {
  for (const word of GRAND_WORDS) if (label.includes(word)) return true;
  return false;
}
