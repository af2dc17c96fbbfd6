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

  /** IDs whose first row held the old 15-digit form, so a later row can say it is the same person. */
  private readonly firstWasLegacy = new Set<string>();

  check(row: RowView, context: RuleContext): void {
    if (row.idNumber !== "") {
      const legacy = row.idCheck === "legacy";
      const key = personIdKey(row);
      const firstRow = firstRowOf(this.firstRowById, key, row.rowNumber);
      if (firstRow === undefined) {
        if (legacy) this.firstWasLegacy.add(key);
        return;
      }
      // One row old 15 digits, the other 18: the message says why they are one person.
      const variant = legacy === this.firstWasLegacy.has(key) ? "idNumber" : "legacyId";
      context.issues.add(row, "duplicate-person", "idNumber", { firstRow }, variant);
      return;
    }
    const archiveNo = row.text("archiveNo");
    if (archiveNo === "") return;
    const firstRow = firstRowOf(this.firstRowByArchiveNo, withoutSpaces(toHalfWidth(archiveNo)), row.rowNumber);
    if (firstRow !== undefined) context.issues.add(row, "duplicate-person", "archiveNo", { firstRow }, "archiveNo");
  }
}

/** The ID a person is known by across rows, sheets and files: as text, an old 15-digit ID as its 18-digit form. */
export function personIdKey(row: RowView): string {
  return row.idCheck === "legacy" ? upgradeLegacyId(row.idNumber) : row.idNumber;
}

/** The row `key` was first seen on; undefined when this is that row, which is then remembered. */
function firstRowOf(firstRows: Map<string, number>, key: string, rowNumber: number): number | undefined {
  const firstRow = firstRows.get(key);
  if (firstRow === undefined) firstRows.set(key, rowNumber);
  return firstRow;
}
