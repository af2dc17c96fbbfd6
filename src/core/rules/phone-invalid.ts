import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** A mobile (1 + 10 digits) or a landline with its area code (0902-2231234); spacing and width aside. */
export function isPhone(phone: string): boolean {
  return PHONE.test(phone) || PHONE.test(withoutSpaces(toHalfWidth(phone)));
}

/** The pack's first phone field; others are checked by their type (type-checks.ts). */
export function checkPhoneInvalid(row: RowView, context: RuleContext): void {
  const phone = row.texts[context.compiled.roleSlots.phone];
  if (phone !== "" && !isPhone(phone)) context.issues.add(row, "phone-invalid", context.compiled.roles.phone!);
}
