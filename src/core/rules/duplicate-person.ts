import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import { archiveKey, personKey } from "./person-keys";
import type { RuleContext } from "./rule-context";

/**
 * The same person on two rows: IDs compared as text (Excel's duplicate check treats IDs sharing
 * 15 digits as equal), an old 15-digit ID as the 18-digit one it became, or, on rows without an
 * ID, archive numbers (rows with IDs under one archive number are archive-shared's). Every later
 * row names the first.
 */
export class DuplicatePersonCheck {
  private readonly firstRowById = new Map<string, number>();
  private readonly firstRowByArchiveNo = new Map<string, number>();

  /** IDs whose first row held the old 15-digit form, so a later row can say it is the same person. */
  private readonly firstWasLegacy = new Set<string>();

  check(row: RowView, context: RuleContext): void {
    const { roles, roleSlots, builtins } = context.compiled;
    if (!builtins.duplicatePerson) return;
    if (row.idNumber !== "") {
      const legacy = row.idCheck === "legacy";
      const key = personKey(row);
      const firstRow = firstRowOf(this.firstRowById, key, row.rowNumber);
      if (firstRow === undefined) {
        if (legacy) this.firstWasLegacy.add(key);
        return;
      }
      // One row old 15 digits, the other 18: the message says why they are one person.
      const variant = legacy === this.firstWasLegacy.has(key) ? "idNumber" : "legacyId";
      context.issues.add(row, "duplicate-person", roles.id!, { firstRow }, variant);
      return;
    }
    const archiveNo = row.texts[roleSlots.archiveNo];
    if (archiveNo === "") return;
    const firstRow = firstRowOf(this.firstRowByArchiveNo, archiveKey(archiveNo), row.rowNumber);
    if (firstRow !== undefined) context.issues.add(row, "duplicate-person", roles.archiveNo!, { firstRow }, "archiveNo");
  }
}

/** The row `key` was first seen on; undefined when this is that row, which is then remembered. */
function firstRowOf(firstRows: Map<string, number>, key: string, rowNumber: number): number | undefined {
  const firstRow = firstRows.get(key);
  if (firstRow === undefined) firstRows.set(ownCopy(key), rowNumber);
  return firstRow;
}
