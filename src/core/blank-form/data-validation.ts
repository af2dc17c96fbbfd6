/**
 * Excel's own data validation, described once for every host: the .xlsx writer (exceljs) and the
 * Office.js adapter each translate it. Only the kinds that Excel, WPS and LibreOffice all keep.
 */

/** Excel refuses an inline list (`"a,b,c"`) longer than this; longer lists need a range. */
export const MAX_INLINE_LIST_CHARS = 255;
/** Excel's limits on the input message and error alert texts. */
export const MAX_PROMPT_TITLE_CHARS = 32;
export const MAX_PROMPT_CHARS = 255;
export const MAX_ALERT_CHARS = 225;

/**
 * `stop` refuses the value; `warning` asks 是否继续 and keeps it on 是 — used where the checker
 * itself only warns (a 15-digit ID, an unlisted 人员类别), so the form is never stricter than the check.
 */
export type AlertStyle = "stop" | "warning";

export interface ValidationAlert {
  readonly style: AlertStyle;
  readonly title: string;
  readonly message: string;
}

export interface InputPrompt {
  readonly title: string;
  readonly message: string;
}

export type ValidationRule =
  /** A dropdown, in this order. */
  | { readonly type: "list"; readonly values: readonly string[] }
  /** A number (not text) between the bounds, inclusive; money in yuan. */
  | { readonly type: "decimal"; readonly min: number; readonly max: number }
  /** Text whose length is between the bounds, inclusive (equal bounds: exactly that length). */
  | { readonly type: "textLength"; readonly min: number; readonly max: number }
  /** No restriction: only the input message is shown. */
  | { readonly type: "any" };

export interface ColumnValidation {
  readonly rule: ValidationRule;
  readonly prompt: InputPrompt;
  /** Absent for `any`: nothing is refused. */
  readonly alert?: ValidationAlert;
}

/**
 * The list as Excel's inline formula text (`"a,b,c"`), or null when it cannot be inline: too long,
 * or a value holding the separator or a quote. Such lists go into cells and are referenced instead.
 */
export function inlineListFormula(values: readonly string[]): string | null {
  if (values.some((value) => value.includes(",") || value.includes('"'))) return null;
  const joined = values.join(",");
  return joined.length > MAX_INLINE_LIST_CHARS ? null : `"${joined}"`;
}
