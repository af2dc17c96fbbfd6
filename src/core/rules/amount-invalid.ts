import { AMOUNT_INVALID, looksLikePersonalNumber } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/**
 * Data and total rows alike: text that is no amount, an Excel error, a negative number. Where the
 * amount is a sum (慰问金 + 帮扶金), each other part is checked by its type (type-checks.ts).
 */
export function checkAmountInvalid(row: RowView, context: RuleContext): void {
  const slot = context.compiled.roleSlots.amount;
  if (row.fens[slot] !== AMOUNT_INVALID) return;
  const wan = context.amountScale === 10000;
  const params = { unit: wan ? "万元" : "元", unitEn: wan ? "10,000 yuan" : "yuan" };
  // A phone or ID typed under 金额 is said as such: "not a valid number" would puzzle a clerk looking at digits.
  const variant = looksLikePersonalNumber(row.texts[slot]) ? "personalNumber" : undefined;
  context.issues.add(row, "amount-invalid", context.compiled.roles.amount!, params, variant);
}
