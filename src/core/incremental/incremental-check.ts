import type { CellValue } from "../cell";
import { checkGrid } from "../check/check-grid";
import { startCheck } from "../check/check-session";
import type { ColumnMap } from "../check/column-map";
import { HEADER_WINDOW } from "../check/header-window";
import type { MergedRange } from "../check/merged-ranges";
import type { CheckResult, Issue } from "../check/types";
import { dateKey } from "../id/id-number";
import { TallyBook } from "../subtotals/tally-book";
import { compileTemplate } from "../template/compile-template";
import type { Template } from "../template/schema";
import { RowKeyReader, type RowKeys } from "./row-keys";

/** A sheet's values as the pane holds them (RowsRead): rows[0] is sheet row firstRow. */
export interface HeldGrid {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rows: readonly (readonly (CellValue | undefined)[] | undefined)[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly MergedRange[];
}

export interface IncrementalOptions {
  readonly sheet: string;
  readonly columnMap?: ColumnMap;
  /** Birth dates after this are wrong; defaults to the clock (as checkGrid). */
  readonly today?: Date;
}

/** How the results so far were reached: tests and the benchmark read it. */
export interface UpdateCounts {
  full: number;
  incremental: number;
}

const isBlank = (cells: readonly (CellValue | undefined)[] | undefined) => cells === undefined || cells.every((cell) => cell === null || cell === undefined || cell === "");

/**
 * Checking while typing without re-checking every row. After a full check it holds, per data row,
 * the keys the checks across rows compare (an index: key → rows) and the row's share of the
 * tallies. An edit then re-checks only the rows its keys reach — the edited rows and every row
 * sharing an ID, archive number, account or unique value with them, old or new, transitively — in
 * one pass of the check engine over those rows (with the header and the table's total, footer and
 * repeated-header rows, so each row is classified as in the whole sheet); their issues replace
 * theirs in the held list, and the tallies are summed again from the held shares. The result is
 * the full check's, issue for issue. Where an edit could reach further than its keys, the whole
 * sheet is checked again: the header or the rows above it, a row changing between data and not
 * (a 合计 typed in, a row emptied), merged cells (a merge lends its value to the rows under it),
 * or an amount or region edited under a 合计/小计 row (whose sum covers every row above it).
 */
export class IncrementalCheck {
  private result: CheckResult | null = null;
  private grid: HeldGrid | null = null;
  private keyReader: RowKeyReader | null = null;
  private headerEnd = 0;
  private readonly rowKeys = new Map<number, RowKeys>();
  private readonly index = new Map<string, Set<number>>();
  /** Non-blank rows below the header that are not data rows: 合计, footers, repeated headers. */
  private structural: number[] = [];
  readonly counts: UpdateCounts = { full: 0, incremental: 0 };

  constructor(
    private readonly template: Template,
    private readonly options: IncrementalOptions,
  ) {}

  /** Checks every row of `grid` and holds what the next edits need. */
  full(grid: HeldGrid): CheckResult {
    this.counts.full++;
    const { sheet, columnMap, today } = this.options;
    const result = checkGrid(this.template, { sheet, columnMap, today, ...grid, rows: grid.rows.map((cells) => cells ?? []) });
    this.hold(grid, result);
    return result;
  }

  /** The result after the clerk changed `edited` rows; `grid` holds every row's current values. */
  update(grid: HeldGrid, edited: readonly number[]): CheckResult {
    const base = this.result;
    const old = this.grid;
    const keyReader = this.keyReader;
    if (base === null || old === null || keyReader === null || (grid.merges?.length ?? 0) > 0) return this.full(grid);
    if (grid.firstRow !== old.firstRow || grid.firstColumn !== old.firstColumn) return this.full(grid);
    const structural = new Set(this.structural);
    if (edited.some((row) => row <= this.headerEnd || structural.has(row))) return this.full(grid);

    const cellsOf = (row: number) => grid.rows[row - grid.firstRow];
    const before = new Map(edited.map((row) => [row, this.rowKeys.get(row)]));
    const fresh = new Map<number, RowKeys>();
    for (const row of edited) {
      const cells = cellsOf(row);
      if (!isBlank(cells)) fresh.set(row, keyReader.read(row, cells!, grid.firstColumn));
    }
    const reached = this.reach(edited, fresh);
    const sub = this.checkRows(grid, reached);
    const subData = new Set(sub.dataRowNumbers);
    for (const row of reached) if (subData.has(row) !== this.rowKeys.has(row)) return this.full(grid);
    // A row typed into that is no data row (合计, a footer, a header repeated) changes the table's shape.
    if (edited.some((row) => !subData.has(row) && !isBlank(cellsOf(row)))) return this.full(grid);

    for (const row of edited) this.reindex(row, fresh.get(row));
    this.grid = grid;
    // Under a 合计 or 小计 a changed amount or region changes the total's check, whose sum covers
    // every row above it: the whole sheet is checked again (the rows kept their kind, so the index holds).
    if (base.totalRowNumbers.length > 0 && edited.some((row) => moneyOrRegionChanged(before.get(row), fresh.get(row)))) {
      this.counts.full++;
      const { sheet, columnMap, today } = this.options;
      return (this.result = checkGrid(this.template, { sheet, columnMap, today, ...grid, rows: grid.rows.map((cells) => cells ?? []) }));
    }
    this.counts.incremental++;
    const issues = mergeByRow(base.issues, sub.issues, reached);
    const tallies = new TallyBook();
    for (const row of base.dataRowNumbers) {
      const { region, group, flagged, amountFen } = this.rowKeys.get(row)!.tally;
      tallies.add(region, group, flagged, amountFen);
    }
    const result: CheckResult = { ...base, issues, regions: tallies.regionTallies(), groups: tallies.groupTallies(), total: tallies.totalTally() };
    this.result = result;
    return result;
  }

  private hold(grid: HeldGrid, result: CheckResult): void {
    this.result = result;
    this.grid = grid;
    this.rowKeys.clear();
    this.index.clear();
    const compiled = compileTemplate(this.template);
    this.keyReader = new RowKeyReader(compiled, result.columns, result.amountScale, dateKey(this.options.today ?? new Date()));
    this.headerEnd = result.headerRows[result.headerRows.length - 1] ?? 0;
    const data = new Set(result.dataRowNumbers);
    for (const row of result.dataRowNumbers) this.reindex(row, this.keyReader.read(row, grid.rows[row - grid.firstRow] ?? [], grid.firstColumn));
    this.structural = [];
    grid.rows.forEach((cells, i) => {
      const row = grid.firstRow + i;
      if (row > this.headerEnd && !data.has(row) && !isBlank(cells)) this.structural.push(row);
    });
  }

  /** Replaces a row's keys in the index (undefined: no longer a data row). */
  private reindex(row: number, keys: RowKeys | undefined): void {
    for (const key of this.rowKeys.get(row)?.keys ?? []) {
      const rows = this.index.get(key)!;
      rows.delete(row);
      if (rows.size === 0) this.index.delete(key);
    }
    if (keys === undefined) {
      this.rowKeys.delete(row);
      return;
    }
    this.rowKeys.set(row, keys);
    for (const key of keys.keys) {
      let rows = this.index.get(key);
      if (rows === undefined) this.index.set(key, (rows = new Set()));
      rows.add(row);
    }
  }

  /** The edited rows and every row their keys (old and new) reach, through other rows' keys too. */
  private reach(edited: readonly number[], fresh: ReadonlyMap<number, RowKeys>): Set<number> {
    const reached = new Set<number>(edited);
    const seen = new Set<string>();
    const queue: string[] = edited.flatMap((row) => [...(this.rowKeys.get(row)?.keys ?? []), ...(fresh.get(row)?.keys ?? [])]);
    while (queue.length > 0) {
      const key = queue.pop()!;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const row of this.index.get(key) ?? []) {
        if (reached.has(row)) continue;
        reached.add(row);
        queue.push(...this.rowKeys.get(row)!.keys);
      }
    }
    return reached;
  }

  /** One pass of the engine over the header window, the table's structural rows and `rows`: rows not pushed are blank. */
  private checkRows(grid: HeldGrid, rows: ReadonlySet<number>): CheckResult {
    const { sheet, columnMap, today } = this.options;
    const session = startCheck(this.template, { sheet, columnMap, today });
    const hidden = new Set(grid.hiddenRows ?? []);
    const pushed = new Set<number>(rows);
    for (let row = grid.firstRow; row < grid.firstRow + HEADER_WINDOW; row++) pushed.add(row);
    for (const row of this.structural) pushed.add(row);
    for (const row of [...pushed].sort((a, b) => a - b)) {
      const cells = grid.rows[row - grid.firstRow];
      if (cells !== undefined) session.pushRow(row, cells, grid.firstColumn, hidden.has(row));
    }
    return session.finish();
  }
}

function moneyOrRegionChanged(before: RowKeys | undefined, after: RowKeys | undefined): boolean {
  if (before === undefined || after === undefined) return before !== after;
  return before.money !== after.money || before.tally.region !== after.tally.region || before.tally.amountFen !== after.tally.amountFen;
}

/**
 * The held issues with those of `rows` replaced by the re-check's. Both lists run in sheet-row
 * order (the check reports each row's issues as it reaches the row), so one merge keeps the order
 * a full check gives.
 */
function mergeByRow(held: readonly Issue[], rechecked: readonly Issue[], rows: ReadonlySet<number>): Issue[] {
  const kept = held.filter((issue) => !rows.has(issue.row));
  const fresh = rechecked.filter((issue) => rows.has(issue.row));
  const merged: Issue[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    if (j === fresh.length || (i < kept.length && kept[i].row <= fresh[j].row)) merged.push(kept[i++]);
    else merged.push(fresh[j++]);
  }
  return merged;
}
