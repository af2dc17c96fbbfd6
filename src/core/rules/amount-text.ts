import { formatYuan } from "../format/fen";
import { toHalfWidth } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

const FULL_WIDTH_DIGIT = /[０-９]/;

/** What Excel turns into a number when it opens a CSV: digits, thousands separators, a ¥. */
const EXCEL_READS_AS_NUMBER = /^[¥￥]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/**
 * An amount the check can read but Excel keeps as text ("800元", or 800 typed into a text cell),
 * so the sheet's own SUM leaves it out. A CSV keeps no cell types: there only text Excel would
 * not read as a number when opening it counts.
 */
export function isTextAmount(row: RowView, context: RuleContext): boolean {
  const slot = context.compiled.roleSlots.amount;
  const value = row.values[slot];
  if (typeof value !== "string" || row.amountFen < 0) return false;
  return !context.textOnly || !EXCEL_READS_AS_NUMBER.test(row.texts[slot]);
}

export function checkAmountText(row: RowView, context: RuleContext): void {
  if (!isTextAmount(row, context)) return;
  const text = row.texts[context.compiled.roleSlots.amount];
  const params = { text, amountYuan: formatYuan(row.amountFen) };
  // Digits alone: Excel offers 转换为数字 on the cell; full-width digits alone are retyped half-width; with 元 the words go.
  if (EXCEL_READS_AS_NUMBER.test(text)) context.issues.add(row, "amount-text", context.compiled.roles.amount!, params, "digits");
  else if (FULL_WIDTH_DIGIT.test(text) && EXCEL_READS_AS_NUMBER.test(toHalfWidth(text))) {
    context.issues.add(row, "amount-text", context.compiled.roles.amount!, { ...params, asTyped: toHalfWidth(text) }, "full-width");
  } else context.issues.add(row, "amount-text", context.compiled.roles.amount!, params);
}
