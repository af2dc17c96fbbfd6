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
