import type { SheetRow } from "../rows/sheet-row";
import { cellText, toHalfWidth } from "../rows/cell-text";

const TOKEN = /^[(]?(?:([甲乙丙丁戊己庚辛壬癸])|(\d{1,3}))[)]?$/;

/**
 * The row of column numbers some 统计表 print under the header — (甲)(乙)(1)(2)… or 1 2 3… —
 * which would otherwise pass for a data row whose amount is a small number.
 */
export function isColumnNumberRow(row: SheetRow): boolean {
  let tokens = 0;
  let lastNumber = -1;
  for (const cell of row.cells) {
    const text = toHalfWidth(cellText(cell)).replace(/\s+/g, "");
    if (text === "") continue;
    const match = TOKEN.exec(text);
    if (match === null) return false;
    if (match[2] !== undefined) {
      const number = Number(match[2]);
      if (lastNumber >= 0 && number !== lastNumber + 1) return false;
      lastNumber = number;
    }
    tokens++;
  }
  return tokens >= 3;
}
