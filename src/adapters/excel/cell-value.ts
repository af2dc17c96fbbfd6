import type { CellValue } from "../../core/cell";

/**
 * Excel's error values as `values` returns them. Reading `valueTypes` as well would tell errors
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
