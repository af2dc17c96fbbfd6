import type { PersonEntry } from "../check/types";
import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import type { RoleSlots } from "../template/compile-template";
import { accountKey, nameKey, personKey } from "../rules/person-keys";

export type { PersonEntry };

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
