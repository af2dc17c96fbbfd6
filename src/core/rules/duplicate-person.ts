import { upgradeLegacyId } from "../id/id-number";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/**
 * The same person on two rows: IDs compared as text (Excel's duplicate check treats IDs sharing
 * 15 digits as equal), an old 15-digit ID as the 18-digit one it became, or, on rows without an
 * ID, archive numbers. Every later row names the first.
 */
export class DuplicatePersonCheck {
  private readonly firstRowById = new Map<string, number>();
  private readonly firstRowByArchiveNo = new Map<string, number>();

  /** IDs whose first row held the old 15-digit form: a later 18-digit one gets the message that says so. */
  private readonly firstWasLegacy = new Set<string>();

  check(row: RowView, context: RuleContext): void {
    if (row.idNumber !== "") {
      if (row.idCheck !== "legacy") {
        this.seen(this.firstRowById, row.idNumber, row, context, "idNumber", this.firstWasLegacy.has(row.idNumber) ? "legacyId" : "idNumber");
        return;
      }
      const upgraded = upgradeLegacyId(row.idNumber);
      if (!this.firstRowById.has(upgraded)) this.firstWasLegacy.add(upgraded);
      this.seen(this.firstRowById, upgraded, row, context, "idNumber", this.firstWasLegacy.has(upgraded) ? "idNumber" : "legacyId");
      return;
    }
    const archiveNo = row.text("archiveNo");
    if (archiveNo !== "") this.seen(this.firstRowByArchiveNo, withoutSpaces(toHalfWidth(archiveNo)), row, context, "archiveNo", "archiveNo");
  }

  private seen(firstRows: Map<string, number>, key: string, row: RowView, context: RuleContext, field: "idNumber" | "archiveNo", variant: string): void {
    const firstRow = firstRows.get(key);
    if (firstRow === undefined) firstRows.set(key, row.rowNumber);
    else context.issues.add(row, "duplicate-person", field, { firstRow }, variant);
  }
}
