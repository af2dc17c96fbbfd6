import type { BlankColumn, BlankFormSpec } from "../blank-form/blank-form-spec";
import { inlineListFormula, type ColumnValidation } from "../blank-form/data-validation";

export interface InsertedBlankForm {
  readonly sheet: string;
  readonly instructionsSheet: string;
  /** Headers whose dropdown Office.js could not take inline (too long): said on 填报说明 too, never dropped silently. */
  readonly listsLeftOut: readonly string[];
}

/**
 * The columns whose validation a host's API can write (Office.js, WPS's Validation.Add): all but
 * lists that cannot be inline (over 255 characters, or a value holding a comma), which the .xlsx
 * form keeps on a hidden sheet and the add-ins report as left out rather than adding sheets to a
 * clerk's workbook.
 */
export function writableInline(column: BlankColumn): column is BlankColumn & { validation: ColumnValidation } {
  const rule = column.validation?.rule;
  return rule !== undefined && (rule.type !== "list" || inlineListFormula(rule.values) !== null);
}

/** The 填报说明 sheet's lines, and the dropdowns too long to be inline (said there, never dropped silently). */
export function blankFormLines(spec: BlankFormSpec): { lines: string[]; listsLeftOut: string[] } {
  const listsLeftOut = spec.columns.filter((column) => column.validation && !writableInline(column)).map((column) => column.header);
  const leftOutLine = listsLeftOut.length > 0 ? [`注意：${listsLeftOut.join("、")}的选项超过下拉列表的 255 字上限，本表未加下拉；请按上面的说明填写。`] : [];
  return { lines: [`${spec.title} 填报说明`, "", ...spec.instructions, ...leftOutLine], listsLeftOut };
}

/** `name`, else `name (2)`, `name (3)`…, within Excel's 31 characters; the name is then taken. */
export function freeSheetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = name.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
