import type { RowView } from "../rows/row-view";
import { FoldedKeyTable } from "./folded-key-table";
import { personKey } from "./person-keys";

/**
 * Each data row's person as an entry of one table (its ID as personKey compares it), looked up
 * once per row for both checks that compare people (duplicate-person, archive-shared).
 */
export class IdKeys {
  private readonly table: FoldedKeyTable;
  /** The current row's person, or -1 for a row without an ID. */
  entry = -1;
  /** The current row is the first with its ID. */
  isNew = false;

  /** `expectedRows`: the rows to come, when known (FoldedKeyTable). */
  constructor(expectedRows = 0) {
    this.table = new FoldedKeyTable("width", expectedRows);
  }

  read(row: RowView): void {
    if (row.idNumber === "") {
      this.entry = -1;
      return;
    }
    const legacy = row.idCheck === "legacy";
    this.entry = this.table.intern(personKey(row), row.rowNumber);
    this.isNew = this.table.added;
    // The note says the ID's first row held the old 15-digit form, so a later row can say it is the same person.
    if (this.isNew && legacy) this.table.setNote(this.entry, 1);
  }

  /** The first row of the current row's person. */
  firstRow(): number {
    return this.table.firstRow(this.entry);
  }

  /** Whether that first row held the old 15-digit form. */
  firstWasLegacy(): boolean {
    return this.table.note(this.entry) === 1;
  }
}
