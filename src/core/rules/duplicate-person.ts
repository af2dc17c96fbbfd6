import type { RowView } from "../rows/row-view";
import { FoldedKeyTable } from "./folded-key-table";
import type { IdKeys } from "./id-keys";
import type { RuleContext } from "./rule-context";

/**
 * The same person on two rows: IDs compared as text (Excel's duplicate check treats IDs sharing
 * 15 digits as equal), an old 15-digit ID as the 18-digit one it became, or, on rows without an
 * ID, archive numbers (rows with IDs under one archive number are archive-shared's). Every later
 * row names the first.
 */
export class DuplicatePersonCheck {
  /** Archive numbers of rows without an ID (archiveKey: half width, no spaces). */
  private readonly archiveNos = new FoldedKeyTable("width");

  /** `ids` has read this row. */
  check(row: RowView, ids: IdKeys, context: RuleContext): void {
    const { roles, roleSlots, builtins } = context.compiled;
    if (!builtins.duplicatePerson) return;
    if (row.idNumber !== "") {
      if (ids.isNew) return;
      // One row old 15 digits, the other 18: the message says why they are one person.
      const variant = (row.idCheck === "legacy") === ids.firstWasLegacy() ? "idNumber" : "legacyId";
      context.issues.add(row, "duplicate-person", roles.id!, { firstRow: ids.firstRow() }, variant);
      return;
    }
    const archiveNo = row.texts[roleSlots.archiveNo];
    if (archiveNo === "") return;
    const entry = this.archiveNos.intern(archiveNo, row.rowNumber);
    if (!this.archiveNos.added) context.issues.add(row, "duplicate-person", roles.archiveNo!, { firstRow: this.archiveNos.firstRow(entry) }, "archiveNo");
  }
}
