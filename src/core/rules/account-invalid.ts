import type { FieldKey } from "../fields";
import type { AccountCheck } from "../id/bank-account";
import { asWritten } from "../id/lost-digits";
import type { MessageParams } from "../messages/render-message";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** Not a card number at all, or a number-typed cell whose digits Excel dropped. */
export function checkAccountInvalid(row: RowView, context: RuleContext): void {
  const { roles, roleSlots } = context.compiled;
  reportAccountCheck(row, context, roles.account!, roleSlots.account, row.accountCheck);
}

/** account-invalid for any account field: the payment's, or another the pack declares. */
export function reportAccountCheck(row: RowView, context: RuleContext, key: FieldKey, slot: number, check: AccountCheck): void {
  if (check !== "numeric-lost" && check !== "chars" && check !== "length") return;
  const text = row.texts[slot];
  const params: MessageParams =
    check === "numeric-lost" ? { written: asWritten(row.values[slot], text) } : { length: withoutSpaces(toHalfWidth(text)).length };
  context.issues.add(row, "account-invalid", key, params, check);
}
