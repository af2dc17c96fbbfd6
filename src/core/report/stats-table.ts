import type { CrossTab, CrossTabRow } from "../consolidate/cross-tab";
import type { TallyLabels } from "../subtotals/tally-labels";

/** A cell of the 统计表: a label, a count, or money in fen (each writer shows it its own way: 元 text in Word, a number in Excel). */
export type StatsValue = { readonly kind: "text"; readonly text: string } | { readonly kind: "count"; readonly count: number } | { readonly kind: "money"; readonly fen: number };

export interface StatsCell {
  readonly value: StatsValue;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/**
 * The 统计表 as the report and the 汇总 workbook lay it out: two header rows (单位; each 人员类别 over
 * 户数 and 金额（元）; 合计 likewise; the flag's 户数 when the form has one), a row per 填报单位, the 合计 row.
 */
export interface StatsTable {
  readonly caption: string;
  readonly header: readonly (readonly StatsCell[])[];
  readonly body: readonly (readonly StatsCell[])[];
  /** Columns in all: the header's first row with its spans. */
  readonly columns: number;
}

const text = (value: string, span: Omit<StatsCell, "value"> = {}): StatsCell => ({ value: { kind: "text", text: value }, ...span });
const count = (value: number): StatsCell => ({ value: { kind: "count", count: value } });
const money = (fen: number): StatsCell => ({ value: { kind: "money", fen } });

export function statsTable(crossTab: CrossTab, labels: TallyLabels, formName: string): StatsTable {
  const flag = labels.flag === null ? [] : [text(`其中${labels.flag}`, { rowSpan: 2 })];
  const header = [
    [text("单位", { rowSpan: 2 }), ...crossTab.groups.map((group) => text(group, { colSpan: 2 })), text("合计", { colSpan: 2 }), ...flag],
    [...crossTab.groups, "合计"].flatMap(() => [text("户数"), text("金额（元）")]),
  ];
  const line = (row: CrossTabRow): StatsCell[] => [
    text(row.unit),
    ...row.cells.flatMap((cell) => [count(cell.households), money(cell.amountFen)]),
    count(row.total.households),
    money(row.total.amountFen),
    ...(labels.flag === null ? [] : [count(row.total.modelWorkers)]),
  ];
  return {
    caption: `${formName}统计表（按单位、${labels.group}）`,
    header,
    body: [...crossTab.rows.map(line), line(crossTab.total)],
    columns: 1 + 2 * (crossTab.groups.length + 1) + flag.length,
  };
}

/** A spanned cell's area, 0-based from the table's top-left: what a sheet merges. */
export interface StatsSpan {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The table as a grid, every row as wide as the table: a spanned cell's value at its top-left, null
 * in the cells it covers, and the spans to merge. The copied text and the Excel sheet both lay it out so.
 */
export function statsGrid(table: StatsTable): { rows: (StatsValue | null)[][]; spans: StatsSpan[] } {
  const all = [...table.header, ...table.body];
  const rows: (StatsValue | null)[][] = all.map(() => []);
  const spans: StatsSpan[] = [];
  all.forEach((cells, r) => {
    const row = rows[r];
    let column = 0;
    for (const cell of cells) {
      while (row[column] !== undefined) column++;
      const height = cell.rowSpan ?? 1;
      const width = cell.colSpan ?? 1;
      for (let dr = 0; dr < height; dr++) for (let dc = 0; dc < width; dc++) rows[r + dr][column + dc] = null;
      row[column] = cell.value;
      if (height > 1 || width > 1) spans.push({ row: r, column, rows: height, columns: width });
      column += width;
    }
  });
  return { rows: rows.map((row) => Array.from({ length: table.columns }, (_, i) => row[i] ?? null)), spans };
}
