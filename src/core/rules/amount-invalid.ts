import { UNCALCULATED_FORMULA } from "../cell";
import type { FieldKey } from "../fields";
import type { MessageParams } from "../messages/render-message";
import { AMOUNT_INVALID, looksLikePersonalNumber } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** The amount's name in the default wording. */
const SONGWENNUAN_TERM = "慰问金额";

/**
 * Data and total rows alike: text that is no amount, an Excel error, a negative number. Where the
 * amount is a sum (慰问金 + 帮扶金), each other part is checked by its type (type-checks.ts).
 */
export function checkAmountInvalid(row: RowView, context: RuleContext): void {
  const slot = context.compiled.roleSlots.amount;
  if (row.fens[slot] !== AMOUNT_INVALID) return;
  const amount = context.compiled.roles.amount!;
  // A phone or ID typed under 金额 is said as such: "not a valid number" would puzzle a clerk looking at digits.
  if (looksLikePersonalNumber(row.texts[slot])) return reportAmountInvalid(row, context, amount, slot, undefined, "personalNumber");
  // 送温暖's wording names 慰问金额; a pack whose amount is called otherwise (资助金额) is named by its own term.
  const names = context.compiled.fieldNames.get(amount);
  if (names === undefined || names.field === SONGWENNUAN_TERM) reportAmountInvalid(row, context, amount, slot, undefined, "default");
  else reportAmountInvalid(row, context, amount, slot, names, "field");
}

/**
 * One unreadable money cell, said in the sheet's unit. A formula with no saved result gets its own
 * advice: “请填写数字” would have the clerk overwrite a formula that Excel or WPS calculates on saving.
 */
export function reportAmountInvalid(
  row: RowView,
  context: RuleContext,
  key: FieldKey,
  slot: number,
  names: MessageParams | undefined,
  variant: "default" | "field" | "personalNumber",
): void {
  const wan = context.amountScale === 10000;
  const params = { ...names, unit: wan ? "万元" : "元", unitEn: wan ? "10,000 yuan" : "yuan" };
  const uncalculated = row.texts[slot] === UNCALCULATED_FORMULA;
  const shown = uncalculated ? (variant === "field" ? "uncalculatedField" : "uncalculated") : variant;
  context.issues.add(row, "amount-invalid", key, params, shown);
}
