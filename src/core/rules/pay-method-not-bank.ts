import type { RowView } from "../rows/row-view";
import { paysIntoAccount } from "../template/bank-pay-methods";
import type { RuleContext } from "./rule-context";

/** 现金 (or anything but a bank method or its alias: 打卡, 一卡通…) is allowed, but the clerk should keep a signed receipt. */
export function checkPayMethodNotBank(row: RowView, context: RuleContext): void {
  const { roles, roleSlots, bankPayMethods, builtins } = context.compiled;
  const payMethod = row.texts[roleSlots.payMethod];
  if (builtins.payMethod && payMethod !== "" && !paysIntoAccount(bankPayMethods, payMethod)) {
    context.issues.add(row, "pay-method-not-bank", roles.payMethod!, { payMethod });
  }
}
