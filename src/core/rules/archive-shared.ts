import type { RowView } from "../rows/row-view";
import { FoldedKeyTable } from "./folded-key-table";
import type { IdKeys } from "./id-keys";
import type { RuleContext } from "./rule-context";

/**
 * One archive number is one household (以户为单位): two rows with different IDs under it are an
 * archive number typed wrong, or a second household paid on someone else's archive. Rows without
 * an ID cannot tell; duplicate-person compares their archive numbers.
 */
export class ArchiveSharedCheck {
  /** Archive numbers of rows with an ID; each entry's note is the person of its first row. */
  private readonly archives: FoldedKeyTable;
  /**
   * Per archive, the other people seen under it, made only when there is one (a row repeating any
   * of them is duplicate-person's): a shared archive is rare, a set per archive would not be.
   */
  private readonly others = new Map<number, Set<number>>();

  /** `ids` has read this row. */
  /** `expectedRows`: the rows to come, when known (FoldedKeyTable). */
  constructor(expectedRows = 0) {
    this.archives = new FoldedKeyTable("width", expectedRows);
  }

  check(row: RowView, ids: IdKeys, context: RuleContext): void {
    const archiveNo = row.texts[context.compiled.roleSlots.archiveNo];
    if (archiveNo === "" || row.idNumber === "" || !context.compiled.builtins.archiveShared) return;
    const archive = this.archives.intern(archiveNo, row.rowNumber);
    if (this.archives.added) {
      this.archives.setNote(archive, ids.entry);
      return;
    }
    if (ids.entry === this.archives.note(archive)) return;
    let others = this.others.get(archive);
    if (others?.has(ids.entry)) return;
    if (others === undefined) this.others.set(archive, (others = new Set()));
    others.add(ids.entry);
    context.issues.add(row, "archive-shared", context.compiled.roles.archiveNo!, { firstRow: this.archives.firstRow(archive), row: row.rowNumber });
  }
}
