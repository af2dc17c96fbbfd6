import type { RowView } from "../rows/row-view";
import { archiveKey, personKey } from "./person-keys";
import type { RuleContext } from "./rule-context";

interface Archive {
  readonly firstRow: number;
  /** Every ID seen under the number: a row repeating one of them is duplicate-person's, not this. */
  readonly ids: Set<string>;
}

/**
 * One archive number is one household (以户为单位): two rows with different IDs under it are an
 * archive number typed wrong, or a second household paid on someone else's archive. Rows without
 * an ID cannot tell; duplicate-person compares their archive numbers.
 */
export class ArchiveSharedCheck {
  private readonly archives = new Map<string, Archive>();

  check(row: RowView, context: RuleContext): void {
    const archiveNo = row.text("archiveNo");
    if (archiveNo === "" || row.idNumber === "") return;
    const key = archiveKey(archiveNo);
    const id = personKey(row);
    const archive = this.archives.get(key);
    if (archive === undefined) {
      this.archives.set(key, { firstRow: row.rowNumber, ids: new Set([id]) });
      return;
    }
    if (archive.ids.has(id)) return;
    archive.ids.add(id);
    context.issues.add(row, "archive-shared", "archiveNo", { firstRow: archive.firstRow, row: row.rowNumber });
  }
}
