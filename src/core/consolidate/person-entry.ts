import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import type { RoleSlots } from "../template/compile-template";
import { accountKey, nameKey, personKey } from "../rules/person-keys";

/**
 * What the checks across submissions keep of a data row: its keys, never its cells, so a
 * consolidation holds an index of IDs and accounts rather than every row of every file.
 */
export interface PersonEntry {
  readonly row: number;
  /** The ID as duplicates are compared ("" without one): as text, 15 digits upgraded to 18. */
  readonly idKey: string;
  /** "" without an account or a name: an account is shared only between two named people. */
  readonly accountKey: string;
  readonly name: string;
}

export function personEntry(row: RowView, slots: RoleSlots): PersonEntry {
  const account = row.texts[slots.account];
  const name = row.texts[slots.name];
  const shared = account !== "" && name !== "";
  return {
    row: row.rowNumber,
    // Copies: kept past the row, a slice would pin the reader's whole chunk (own-copy.ts).
    idKey: row.idNumber === "" ? "" : ownCopy(personKey(row)),
    accountKey: shared ? ownCopy(accountKey(account)) : "",
    name: shared ? ownCopy(nameKey(name)) : "",
  };
}
