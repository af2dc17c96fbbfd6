import type { CellValue } from "../cell";
import { toHalfWidth, withoutSpaces } from "./cell-text";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * A number field's value (给付比例 0.8, 80%, ８０％): a percentage is divided by 100. Null when the
 * cell is not a number; the caller tells empty apart by its text.
 */
export function parseNumber(value: CellValue | undefined, text: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  let plain = withoutSpaces(toHalfWidth(text));
  const percent = plain.endsWith("%");
  if (percent) plain = plain.slice(0, -1);
  if (!NUMBER.test(plain)) return null;
  const number = Number(plain.replace(/,/g, ""));
  return percent ? number / 100 : number;
}
