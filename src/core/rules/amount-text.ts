import { formatYuan } from "../format/fen";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

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
  // Digits alone: Excel offers 转换为数字 on the cell; with 元 or full-width digits the clerk must retype.
  const variant = EXCEL_READS_AS_NUMBER.test(text) ? "digits" : "default";
  context.issues.add(row, "amount-text", context.compiled.roles.amount!, { text, amountYuan: formatYuan(row.amountFen) }, variant);
}
