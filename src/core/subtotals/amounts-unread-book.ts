import { cellAddress } from "../address";
import type { AmountsUnread } from "../check/types";
import type { FieldKey } from "../fields";
import { AMOUNT_INVALID } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";

/** A sheet's unreadable amounts are named up to this many cells; the count is always whole. */
export const UNREAD_CELLS_NAMED = 10;

/**
 * The data rows whose amount, or a summed part of it (慰问金 + 帮扶金), could not be read (text,
 * #公式未计算, a negative number): the tallies count each as a household and its unreadable part as
 * 0 fen, so every total and sentence is short by amounts nobody sees. Kept so they can be said.
 */
export class AmountsUnreadBook {
  private households = 0;
  private readonly cells: string[] = [];
  private cellsLeft = false;
  private readonly parts: readonly { readonly slot: number; readonly column: number }[];

  constructor(summedFields: readonly FieldKey[], slots: ReadonlyMap<FieldKey, number>, columns: Readonly<Partial<Record<FieldKey, number>>>) {
    this.parts = summedFields.flatMap((key) => (columns[key] === undefined || slots.get(key) === undefined ? [] : [{ slot: slots.get(key)!, column: columns[key]! }]));
  }

  add(view: RowView): void {
    let unread = false;
    for (const part of this.parts) {
      if (view.fens[part.slot] !== AMOUNT_INVALID) continue;
      unread = true;
      if (this.cells.length < UNREAD_CELLS_NAMED) this.cells.push(cellAddress(view.rowNumber, part.column));
      else this.cellsLeft = true;
    }
    if (unread) this.households++;
  }

  result(): AmountsUnread {
    return { households: this.households, where: this.cells, allNamed: !this.cellsLeft };
  }
}
