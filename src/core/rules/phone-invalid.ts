import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** A mobile (1 + 10 digits) or a landline with its area code (0902-2231234). */
export function checkPhoneInvalid(row: RowView, context: RuleContext): void {
  const phone = row.texts[context.compiled.roleSlots.phone];
  if (phone !== "" && !PHONE.test(phone) && !PHONE.test(withoutSpaces(toHalfWidth(phone)))) context.issues.add(row, "phone-invalid", context.compiled.roles.phone!);
}
