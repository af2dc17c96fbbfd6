import { asWritten } from "../id/lost-digits";
import type { MessageParams } from "../messages/render-message";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** Not a card number at all, or a number-typed cell whose digits Excel dropped. */
export function checkAccountInvalid(row: RowView, context: RuleContext): void {
  const check = row.accountCheck;
  if (check !== "numeric-lost" && check !== "chars" && check !== "length") return;
  const slot = context.compiled.roleSlots.account;
  const text = row.texts[slot];
  const params: MessageParams =
    check === "numeric-lost" ? { written: asWritten(row.values[slot], text) } : { length: withoutSpaces(toHalfWidth(text)).length };
  context.issues.add(row, "account-invalid", context.compiled.roles.account!, params, check);
}
