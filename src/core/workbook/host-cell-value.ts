import type { CellValue } from "../cell";
import { isDateFormat, isoDate, serialToDate } from "../format/excel-date";

/**
 * Excel's error values as `values` (and WPS's `Value2`) returns them. Reading `valueTypes` as well would tell errors
 * from text exactly but doubles every response; a text cell spelling an error literal is rare
 * and is then reported as an error value, which is what it looks like to the clerk anyway.
 */
const ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/** One entry of `Range.values` as the core sees it: formulas already arrive as their results. */
export function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERROR_LITERALS.has(value) ? { error: value } : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
/**
 * A number shown as a date is the date, as the .xlsx reader gives it (and the amount rule then
 * flags it): 2025-01-20 typed into 金额 must not count as 45,677 元. Dates are read in the 1900
 * system; a 1904 workbook only shifts the date quoted in the message.
 */
export function amountCellValue(value: CellValue, numberFormat: string | undefined): CellValue {
  if (typeof value !== "number" || numberFormat === undefined || !isDateFormat(-1, numberFormat)) return value;
  return isoDate(serialToDate(value, false));
}
