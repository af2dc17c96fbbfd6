import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { Template } from "./schema";

/** A 发放方式 as compared: without spaces, full-width letters as half width (银　行 卡 is 银行卡). */
export function payMethodKey(text: string): string {
  return withoutSpaces(toHalfWidth(text));
}

/**
 * Every 发放方式, folded, that pays into the recipient's own card or passbook: the form's bank
 * methods (what its blank form offers) and the pack's `payment.bankAliases` (打卡, 一卡通, 社保卡…:
 * what clerks write for the same thing, accepted but never offered). A word the form also lists as
 * cash stays cash: an alias can never quiet the 现金 warning.
 */
export function bankPayMethodKeys(template: Template): Set<string> {
  const cash = new Set(template.rules.cashPayMethods.map(payMethodKey));
  const accepted = [...template.rules.bankPayMethods, ...(template.pack.payment?.bankAliases ?? [])].map(payMethodKey);
  return new Set(accepted.filter((key) => key !== "" && !cash.has(key)));
}

/** Whether a row's 发放方式 pays into an account; the exact text is tried first, as most rows write 银行卡. */
export function paysIntoAccount(bankKeys: ReadonlySet<string>, payMethod: string): boolean {
  return bankKeys.has(payMethod) || bankKeys.has(payMethodKey(payMethod));
}
