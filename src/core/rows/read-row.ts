import type { ColumnMerges } from "../check/merged-ranges";
import type { FieldKey } from "../fields";
import { checkAccount } from "../id/bank-account";
import { checkIdNumber, normalizeIdNumber } from "../id/id-number";
import { cellText } from "./cell-text";
import { parseAmountFen, type AmountScale } from "./parse-amount";
import { FIELD_INDEX, type RowView } from "./row-view";
import type { SheetRow } from "./sheet-row";

const AMOUNT = FIELD_INDEX.amount;
const ID = FIELD_INDEX.idNumber;
const ACCOUNT = FIELD_INDEX.account;
const PAY_METHOD = FIELD_INDEX.payMethod;

/** Fills a RowView from a sheet row through the header's column map, computed once. */
export class RowReader {
  private readonly fieldIndices: Int32Array;
  private readonly fieldColumns: Int32Array;
  /** Per field, the merges over several rows in its column, or null (the usual case). */
  private readonly fieldMerges: (ColumnMerges | null)[];

  constructor(
    columns: Readonly<Partial<Record<FieldKey, number>>>,
    private readonly amountScale: AmountScale,
    private readonly todayKey: number,
    merges: ReadonlyMap<number, ColumnMerges> = new Map(),
  ) {
    // 序号 is read by no rule and only makes a row look filled: skipping it spares a String() per row.
    const mapped = (Object.keys(columns) as FieldKey[]).filter((key) => columns[key] !== undefined && key !== "seq");
    this.fieldIndices = Int32Array.from(mapped, (key) => FIELD_INDEX[key]);
    this.fieldColumns = Int32Array.from(mapped, (key) => columns[key] as number);
    this.fieldMerges = mapped.map((key) => merges.get(columns[key] as number) ?? null);
  }

  /**
   * Returns false for a row with nothing in any column but 序号 (pre-numbered empty lines). A
   * value lent by a merge above does not fill a row: a region merged past the last person must
   * not turn the empty lines under it into data rows.
   */
  read(row: SheetRow, view: RowView): boolean {
    const { cells, firstColumn, rowNumber } = row;
    const { values, texts } = view;
    let filled = false;
    for (let i = 0; i < this.fieldIndices.length; i++) {
      const field = this.fieldIndices[i];
      let value = cells[this.fieldColumns[i] - firstColumn];
      const merges = this.fieldMerges[i];
      const lent = merges !== null && merges.covers(rowNumber, value);
      if (lent) value = merges.inherited;
      const text = cellText(value);
      values[field] = value;
      texts[field] = text;
      if (text !== "" && !lent) filled = true;
    }
    view.rowNumber = rowNumber;
    view.hidden = row.hidden;
    const amount = values[AMOUNT];
    view.amountFen = parseAmountFen(amount, this.amountScale);
    // A formula's 501.21000000000004 is shown as the 501.21 it pays, not as a run of digits to mask.
    if (typeof amount === "number" && !Number.isInteger(amount) && view.amountFen >= 0) {
      texts[AMOUNT] = String(view.amountFen / (100 * this.amountScale));
    }
    view.idNumber = texts[ID] === "" ? "" : normalizeIdNumber(texts[ID]);
    view.idCheck = checkIdNumber(values[ID], view.idNumber, this.todayKey);
    view.accountCheck = checkAccount(values[ACCOUNT], texts[ACCOUNT], texts[PAY_METHOD].includes("折"));
    return filled;
  }
}
