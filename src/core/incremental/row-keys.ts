import type { CellValue } from "../cell";
import type { FieldKey } from "../fields";
import { RowReader } from "../rows/read-row";
import { RowView } from "../rows/row-view";
import { personKey } from "../rules/person-keys";
import { compareKey, slotOf } from "../rules/rule-fields";
import { isFlagged } from "../subtotals/flag";
import type { CompiledTemplate } from "../template/compile-template";
import type { AmountScale } from "../check/types";

/** What one data row adds to the tallies, as the check's TallyBook.add takes it. */
export interface TallyShare {
  readonly region: string;
  readonly group: string;
  readonly flagged: boolean;
  readonly amountFen: number;
}

/** What the incremental check keeps of a data row: never its cells. */
export interface RowKeys {
  /**
   * Every key a check across rows compares this row by (ID, archive number, account, each unique
   * rule's fields), prefixed by kind. Rows sharing none can never change each other's verdict.
   */
  readonly keys: readonly string[];
  readonly tally: TallyShare;
  /** The money cells as typed: a 合计 row's check reads them (text amounts, sums). */
  readonly money: string;
}

/**
 * Reads rows through the check's own RowReader (the header's columns and unit), so a row's keys
 * are the ones the checks across rows compare: personKey for IDs (15 digits as their 18), and every
 * key folded as those checks fold it (compareKey: half width, no spaces). A key folded further than
 * a check folds it would only bring more rows into a re-check, never fewer.
 */
export class RowKeyReader {
  private readonly reader: RowReader;
  private readonly view: RowView;
  private readonly uniqueSlots: (readonly number[])[];
  private readonly moneyColumns: readonly number[];

  constructor(
    private readonly compiled: CompiledTemplate,
    columns: Readonly<Partial<Record<FieldKey, number>>>,
    amountScale: AmountScale,
    todayKey: number,
  ) {
    this.reader = new RowReader(compiled, columns, amountScale, todayKey);
    this.view = new RowView(compiled);
    this.uniqueSlots = compiled.genericRules.flatMap((rule) => (rule.kind === "unique" ? [rule.fields.map((key) => slotOf(compiled, key))] : []));
    this.moneyColumns = compiled.moneyFields.flatMap((key) => columns[key] ?? []);
  }

  read(rowNumber: number, cells: readonly (CellValue | undefined)[], firstColumn: number): RowKeys {
    const view = this.view;
    this.reader.read({ rowNumber, cells, firstColumn, hidden: false }, view);
    const { roleSlots, modelWorkerYes, flagName, flagContains } = this.compiled;
    const keys: string[] = [];
    if (view.idNumber !== "") keys.push(`id:${compareKey(personKey(view))}`);
    const archiveNo = view.texts[roleSlots.archiveNo];
    if (archiveNo !== "") keys.push(`archive:${compareKey(archiveNo)}`);
    const account = view.texts[roleSlots.account];
    if (account !== "") keys.push(`account:${compareKey(account)}`);
    this.uniqueSlots.forEach((slots, rule) => {
      const texts = slots.map((slot) => view.texts[slot]);
      if (texts.every((text) => text !== "")) keys.push(`unique${rule}:${texts.map(compareKey).join("\u0000")}`);
    });
    return {
      keys,
      tally: {
        region: view.texts[roleSlots.region],
        group: view.texts[roleSlots.group],
        flagged: isFlagged(view.texts[roleSlots.flag], view.texts[roleSlots.flagAlso], modelWorkerYes, flagName, flagContains),
        amountFen: view.amountFen,
      },
      money: JSON.stringify(this.moneyColumns.map((column) => cells[column - firstColumn] ?? null)),
    };
  }
}
