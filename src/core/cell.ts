/**
 * What the core sees of one worksheet cell. Adapters normalise their host's values to this:
 * formulas become their cached result (a file holding none, `{ error: "#公式未计算" }`), dates become `YYYY-MM-DD` text, rich text becomes plain
 * text, Excel error values become `{ error: "#N/A" }`. Numbers stay numbers on purpose: a number
 * in an ID or card column means Excel has already dropped digits past the 15th.
 */
export type CellError = { readonly error: string };
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

/**
 * A formula the file keeps no result for (written by a program that never calculated it; Excel and
 * WPS always save one). Excel shows a value there once it recalculates; read as empty, an =F2+G2
 * amount was told to the clerk as “为空：请填写” and counted as 0, an ID formula passed unchecked.
 * As an error value every rule treats it as a cell it cannot read, and the clerk sees why.
 */
export const UNCALCULATED_FORMULA = "#公式未计算";
