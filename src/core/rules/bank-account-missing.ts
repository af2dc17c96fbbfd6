import type { RowView } from "../rows/row-view";
import { paysIntoAccount } from "../template/bank-pay-methods";
import type { RuleContext } from "./rule-context";

/**
 * 通过银行卡（存折）发放: a bank payment method or its alias (打卡, 一卡通…), or none (bank is the rule), needs an account.
 * A sheet without an account column is a visiting list, not a payment roster: not checked.
 */
export function checkBankAccountMissing(row: RowView, context: RuleContext): void {
  const { roles, roleSlots, bankPayMethods, builtins } = context.compiled;
  if (!builtins.payMethod || roles.account === null || context.columns[roles.account] === undefined || row.texts[roleSlots.account] !== "") return;
  const payMethod = row.texts[roleSlots.payMethod];
  if (payMethod === "") context.issues.add(row, "bank-account-missing", roles.account, {}, "unstated");
  else if (paysIntoAccount(bankPayMethods, payMethod)) context.issues.add(row, "bank-account-missing", roles.account, { payMethod });
}
