import type { RowView } from "../rows/row-view";
import { FoldedKeyTable } from "./folded-key-table";
import { FoldedTexts } from "./folded-texts";
import type { RuleContext } from "./rule-context";

/**
 * One account paid to two different people is how 代领 usually shows up in a roster (a relative
 * or a clerk collecting for several households). It is a warning: a couple may share a passbook.
 */
export class AccountSharedCheck {
  /** Accounts as accountKey compares them; each entry's note is the holder's name of its first row. */
  private readonly accounts: FoldedKeyTable;
  /** The holder's name of each account's first row, as nameKey compares them (张 三 is 张三). */
  private readonly names = new FoldedTexts("spaces");

  /** `expectedRows`: the rows to come, when known (FoldedKeyTable). */
  constructor(expectedRows = 0) {
    this.accounts = new FoldedKeyTable("width", expectedRows);
  }

  check(row: RowView, context: RuleContext): void {
    const { roles, roleSlots, builtins } = context.compiled;
    const account = row.texts[roleSlots.account];
    const name = row.texts[roleSlots.name];
    if (account === "" || name === "" || !builtins.accountShared) return;
    const entry = this.accounts.intern(account, row.rowNumber);
    if (this.accounts.added) this.accounts.setNote(entry, this.names.push(name));
    else if (!this.names.equals(this.accounts.note(entry), name)) context.issues.add(row, "account-shared", roles.account!, { firstRow: this.accounts.firstRow(entry) });
  }
}
