import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import { accountKey, nameKey } from "./person-keys";
import type { RuleContext } from "./rule-context";

/**
 * One account paid to two different people is how 代领 usually shows up in a roster (a relative
 * or a clerk collecting for several households). It is a warning: a couple may share a passbook.
 */
export class AccountSharedCheck {
  private readonly firstByAccount = new Map<string, { readonly row: number; readonly name: string }>();

  check(row: RowView, context: RuleContext): void {
    const { roles, roleSlots, builtins } = context.compiled;
    const account = row.texts[roleSlots.account];
    const name = row.texts[roleSlots.name];
    if (account === "" || name === "" || !builtins.accountShared) return;
    const key = accountKey(account);
    const first = this.firstByAccount.get(key);
    if (first === undefined) {
      this.firstByAccount.set(ownCopy(key), { row: row.rowNumber, name: ownCopy(nameKey(name)) });
      return;
    }
    if (first.name !== nameKey(name)) context.issues.add(row, "account-shared", roles.account!, { firstRow: first.row });
  }
}

