import { cellAddress } from "../address";
import type { AmountsUnread } from "../check/types";
import type { FieldKey } from "../fields";
import { AMOUNT_INVALID } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";
import type { CompiledTemplate } from "../template/compile-template";

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
  /** Required summed columns the header lacks: the rows are counted, their amounts never read (0 fen in every total). */
  private readonly columnsMissing: readonly { readonly field: string; readonly fieldEn: string }[];

  constructor(compiled: Pick<CompiledTemplate, "summedFields" | "slots" | "required" | "fieldNames">, columns: Readonly<Partial<Record<FieldKey, number>>>) {
    const { summedFields, slots, required, fieldNames } = compiled;
    this.parts = summedFields.flatMap((key) => (columns[key] === undefined || slots.get(key) === undefined ? [] : [{ slot: slots.get(key)!, column: columns[key]! }]));
    // An optional part left out (劳模's 帮扶金) is no amount missed; a required one (慰问金额) is every amount missed.
    this.columnsMissing = summedFields.filter((key) => columns[key] === undefined && required.includes(key)).map((key) => fieldNames.get(key) ?? { field: key, fieldEn: key });
  }

  add(view: RowView): void {
    if (this.columnsMissing.length > 0) {
      this.households++;
      return;
    }
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
    const said = { households: this.households, where: this.cells, allNamed: !this.cellsLeft };
    return this.columnsMissing.length === 0 ? said : { ...said, columnsMissing: this.columnsMissing };
  }
}
