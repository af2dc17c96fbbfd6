import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/**
 * 通过银行卡（存折）发放: a bank payment method, or none (bank is the rule), needs an account.
 * A sheet without an account column is a visiting list, not a payment roster: not checked.
 */
export function checkBankAccountMissing(row: RowView, context: RuleContext): void {
  if (context.columns.account === undefined || row.text("account") !== "") return;
  const payMethod = row.text("payMethod");
  if (payMethod === "") context.issues.add(row, "bank-account-missing", "account", {}, "unstated");
  else if (context.compiled.bankPayMethods.has(payMethod)) context.issues.add(row, "bank-account-missing", "account", { payMethod });
}
