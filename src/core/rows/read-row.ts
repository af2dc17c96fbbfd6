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

  constructor(
    columns: Readonly<Partial<Record<FieldKey, number>>>,
    private readonly amountScale: AmountScale,
    private readonly todayKey: number,
  ) {
    // 序号 is read by no rule and only makes a row look filled: skipping it spares a String() per row.
    const mapped = (Object.keys(columns) as FieldKey[]).filter((key) => columns[key] !== undefined && key !== "seq");
    this.fieldIndices = Int32Array.from(mapped, (key) => FIELD_INDEX[key]);
    this.fieldColumns = Int32Array.from(mapped, (key) => columns[key] as number);
  }

  /** Returns false for a row with nothing in any column but 序号 (pre-numbered empty lines). */
  read(row: SheetRow, view: RowView): boolean {
    const { cells, firstColumn } = row;
    const { values, texts } = view;
    let filled = false;
    for (let i = 0; i < this.fieldIndices.length; i++) {
      const field = this.fieldIndices[i];
      const value = cells[this.fieldColumns[i] - firstColumn];
      const text = cellText(value);
      values[field] = value;
      texts[field] = text;
      if (text !== "") filled = true;
    }
    view.rowNumber = row.rowNumber;
    view.hidden = row.hidden;
    view.amountFen = parseAmountFen(values[AMOUNT], this.amountScale);
    view.idNumber = texts[ID] === "" ? "" : normalizeIdNumber(texts[ID]);
    view.idCheck = checkIdNumber(values[ID], view.idNumber, this.todayKey);
    view.accountCheck = checkAccount(values[ACCOUNT], texts[ACCOUNT], texts[PAY_METHOD].includes("折"));
    return filled;
  }
}
