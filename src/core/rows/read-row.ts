import type { ColumnMerges } from "../check/merged-ranges";
import type { FieldKey } from "../fields";
import { checkAccount } from "../id/bank-account";
import { checkIdNumber, normalizeIdNumber } from "../id/id-number";
import type { CompiledTemplate } from "../template/compile-template";
import { cellText } from "./cell-text";
import { AMOUNT_EMPTY, AMOUNT_INVALID, parseAmountFen, type AmountScale } from "./parse-amount";
import type { RowView } from "./row-view";
import type { SheetRow } from "./sheet-row";

/** Fills a RowView from a sheet row through the header's column map, computed once. */
export class RowReader {
  private readonly fieldIndices: Int32Array;
  private readonly fieldColumns: Int32Array;
  /** Per field, the merges over several rows in its column, or null (the usual case). */
  private readonly fieldMerges: (ColumnMerges | null)[];
  /** Per field, its synonyms (全国劳模 → 全国), or null (the usual case). */
  private readonly fieldSynonyms: (ReadonlyMap<string, string> | null)[];
  private readonly moneySlots: Int32Array;
  private readonly summedSlots: Int32Array;
  private readonly idSlot: number;
  private readonly accountSlot: number;
  private readonly payMethodSlot: number;

  constructor(
    compiled: CompiledTemplate,
    columns: Readonly<Partial<Record<FieldKey, number>>>,
    private readonly amountScale: AmountScale,
    private readonly todayKey: number,
    merges: ReadonlyMap<number, ColumnMerges> = new Map(),
  ) {
    // A field no rule reads (序号) only makes a row look filled: skipping it spares a String() per row.
    const mapped = (Object.keys(columns) as FieldKey[]).filter((key) => columns[key] !== undefined && compiled.slots.has(key) && !compiled.unread.has(key));
    this.fieldIndices = Int32Array.from(mapped, (key) => compiled.slots.get(key)!);
    this.fieldColumns = Int32Array.from(mapped, (key) => columns[key] as number);
    this.fieldMerges = mapped.map((key) => merges.get(columns[key] as number) ?? null);
    this.fieldSynonyms = mapped.map((key) => compiled.valueSynonyms.get(key) ?? null);
    const slotsOf = (keys: readonly FieldKey[]) => Int32Array.from(keys, (key) => compiled.slots.get(key)!);
    this.moneySlots = slotsOf(compiled.moneyFields);
    this.summedSlots = slotsOf(compiled.summedFields);
    this.idSlot = compiled.roleSlots.id;
    this.accountSlot = compiled.roleSlots.account;
    this.payMethodSlot = compiled.roleSlots.payMethod;
  }

  /**
   * Returns false for a row with nothing in any column but 序号 (pre-numbered empty lines). A
   * value lent by a merge above does not fill a row: a region merged past the last person must
   * not turn the empty lines under it into data rows.
   */
  read(row: SheetRow, view: RowView): boolean {
    const { cells, firstColumn, rowNumber } = row;
    const { values, texts, fens } = view;
    let filled = false;
    for (let i = 0; i < this.fieldIndices.length; i++) {
      const field = this.fieldIndices[i];
      let value = cells[this.fieldColumns[i] - firstColumn];
      const merges = this.fieldMerges[i];
      const lent = merges !== null && merges.covers(rowNumber, value);
      if (lent) value = merges.inherited;
      const text = cellText(value);
      const synonyms = this.fieldSynonyms[i];
      values[field] = value;
      texts[field] = synonyms === null ? text : (synonyms.get(text) ?? text);
      if (text !== "" && !lent) filled = true;
    }
    view.rowNumber = rowNumber;
    view.hidden = row.hidden;
    for (let i = 0; i < this.moneySlots.length; i++) {
      const slot = this.moneySlots[i];
      const amount = values[slot];
      const fen = parseAmountFen(amount, this.amountScale);
      fens[slot] = fen;
      // A formula's 501.21000000000004 is shown as the 501.21 it pays, not as a run of digits to mask.
      if (typeof amount === "number" && !Number.isInteger(amount) && fen >= 0) texts[slot] = String(fen / (100 * this.amountScale));
    }
    view.amountFen = this.summedSlots.length === 1 ? fens[this.summedSlots[0]] : this.sumFen(fens);
    const idText = texts[this.idSlot];
    view.idNumber = idText === "" ? "" : normalizeIdNumber(idText);
    view.idCheck = checkIdNumber(values[this.idSlot], view.idNumber, this.todayKey);
    view.accountCheck = checkAccount(values[this.accountSlot], texts[this.accountSlot], texts[this.payMethodSlot].includes("折"));
    return filled;
  }

  /**
   * Several money fields make the amount (慰问金 + 帮扶金). An unreadable part (贰仟) is flagged on its
   * own cell and left out, as Excel's SUM of its column leaves it out: the row still counts its
   * readable 慰问金, so the 合计 row is not blamed for a difference the part's own issue explains.
   * Every part unreadable: unreadable; all empty: empty.
   */
  private sumFen(fens: Float64Array): number {
    let sum = AMOUNT_EMPTY;
    let unreadable = false;
    for (let i = 0; i < this.summedSlots.length; i++) {
      const fen = fens[this.summedSlots[i]];
      if (fen === AMOUNT_INVALID) unreadable = true;
      else if (fen >= 0) sum = sum === AMOUNT_EMPTY ? fen : sum + fen;
    }
    return unreadable && sum === AMOUNT_EMPTY ? AMOUNT_INVALID : sum;
  }
}
