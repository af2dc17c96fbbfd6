import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** Not a card number at all, or a number-typed cell whose digits Excel dropped. */
export function checkAccountInvalid(row: RowView, context: RuleContext): void {
  const check = row.accountCheck;
  if (check !== "numeric-lost" && check !== "chars" && check !== "length") return;
  const length = withoutSpaces(toHalfWidth(row.text("account"))).length;
  context.issues.add(row, "account-invalid", "account", { length }, check);
}
