import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** 严禁代签代领: the account must be the recipient's own. Spacing (张 三) is not a difference. */
export function checkAccountHolderMismatch(row: RowView, context: RuleContext): void {
  const holder = row.text("accountHolder");
  const name = row.text("name");
  if (holder === "" || name === "" || holder === name) return;
  if (withoutSpaces(toHalfWidth(holder)) === withoutSpaces(toHalfWidth(name))) return;
  context.issues.add(row, "account-holder-mismatch", "accountHolder", { holder, name });
}
