import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import { archiveKey, personKey } from "./person-keys";
import type { RuleContext } from "./rule-context";

interface Archive {
  readonly firstRow: number;
  readonly firstId: string;
  /**
   * The other IDs seen under the number, made only when there is one (a row repeating any of them
   * is duplicate-person's): a million archives cost a million small objects, not a million sets.
   */
  others: Set<string> | null;
}

/**
 * One archive number is one household (以户为单位): two rows with different IDs under it are an
 * archive number typed wrong, or a second household paid on someone else's archive. Rows without
 * an ID cannot tell; duplicate-person compares their archive numbers.
 */
export class ArchiveSharedCheck {
  private readonly archives = new Map<string, Archive>();

  check(row: RowView, context: RuleContext): void {
    const archiveNo = row.texts[context.compiled.roleSlots.archiveNo];
    if (archiveNo === "" || row.idNumber === "" || !context.compiled.builtins.archiveShared) return;
    const key = archiveKey(archiveNo);
    const id = personKey(row);
    const archive = this.archives.get(key);
    if (archive === undefined) {
      // Copies: a slice of the reader's chunk would keep the whole chunk alive (own-copy.ts).
      this.archives.set(ownCopy(key), { firstRow: row.rowNumber, firstId: ownCopy(id), others: null });
      return;
    }
    if (id === archive.firstId || archive.others?.has(id)) return;
    (archive.others ??= new Set()).add(ownCopy(id));
    context.issues.add(row, "archive-shared", context.compiled.roles.archiveNo!, { firstRow: archive.firstRow, row: row.rowNumber });
  }
}
