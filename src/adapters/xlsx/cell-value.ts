import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import { isoDate } from "../../core/format/excel-date";

/**
 * exceljs's value of a cell as the core sees it. Formulas count as what Excel last showed (their
 * cached result); a formula never calculated has none, so it is empty rather than guessed.
 */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("") || null;
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result as ExcelJS.CellValue | undefined);
  if ("hyperlink" in value) return toCellValue(value.text as ExcelJS.CellValue);
  return null;
}
