import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/**
 * The same person on two rows: IDs compared as text (Excel's duplicate check treats IDs sharing
 * 15 digits as equal), or, on rows without an ID, archive numbers. Every later row names the first.
 */
export class DuplicatePersonCheck {
  private readonly firstRowById = new Map<string, number>();
  private readonly firstRowByArchiveNo = new Map<string, number>();

  check(row: RowView, context: RuleContext): void {
    if (row.idNumber !== "") {
      this.seen(this.firstRowById, row.idNumber, row, context, "idNumber");
      return;
    }
    const archiveNo = row.text("archiveNo");
    if (archiveNo !== "") this.seen(this.firstRowByArchiveNo, withoutSpaces(toHalfWidth(archiveNo)), row, context, "archiveNo");
  }

  private seen(firstRows: Map<string, number>, key: string, row: RowView, context: RuleContext, field: "idNumber" | "archiveNo"): void {
    const firstRow = firstRows.get(key);
    if (firstRow === undefined) firstRows.set(key, row.rowNumber);
    else context.issues.add(row, "duplicate-person", field, { firstRow }, field);
  }
}
