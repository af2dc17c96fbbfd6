import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** 严禁代签代领: the account must be the recipient's own. Spacing (张 三) is not a difference. */
export function checkAccountHolderMismatch(row: RowView, context: RuleContext): void {
  const { roles, roleSlots, builtins } = context.compiled;
  if (!builtins.holderMismatch) return;
  const holder = row.texts[roleSlots.holder];
  const name = row.texts[roleSlots.name];
  if (holder === "" || name === "" || holder === name) return;
  if (withoutSpaces(toHalfWidth(holder)) === withoutSpaces(toHalfWidth(name))) return;
  context.issues.add(row, "account-holder-mismatch", roles.holder!, { holder, name });
}
