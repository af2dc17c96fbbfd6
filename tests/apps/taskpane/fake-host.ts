import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult } from "../../../src/core/check/types";
import type { Template } from "../../../src/core/template/schema";
import type { CheckRun, ResultSheetNames, WorkbookHost } from "../../../src/core/ports/workbook-host";
import type { SheetRow } from "../../../src/core/rows/sheet-row";

/** A workbook host over in-memory grids, running the real core check; it records what the pane asked. */
export class FakeHost implements WorkbookHost {
  readonly kind: WorkbookHost["kind"];
  marked: CheckResult | null = null;
  marksCleared = 0;
  readonly selected: string[] = [];
  readonly resultSheetsWritten: CheckResult[] = [];
  readonly summaries: string[] = [];
  /** The id of the template each check ran with, in order. */
  readonly checkedWith: string[] = [];
  saved: unknown | null;

  constructor(
    private readonly sheets: Record<string, CellValue[][]>,
    { saved = null, kind = "excel" }: { saved?: unknown | null; kind?: WorkbookHost["kind"] } = {},
  ) {
    this.saved = saved;
    this.kind = kind;
  }

  async listSheets(): Promise<string[]> {
    return Object.keys(this.sheets);
  }

  async defaultSheet(): Promise<string> {
    return Object.keys(this.sheets)[0];
  }

  async check(template: Template, sheet: string, { columnMap, onProgress }: CheckRun = {}): Promise<CheckResult> {
    const rows = this.sheets[sheet];
    this.checkedWith.push(template.id);
    onProgress?.({ rowsRead: rows.length, rowsTotal: rows.length });
    return checkGrid(template, { sheet, rows, columnMap });
  }

  async headerRows(sheet: string): Promise<readonly SheetRow[]> {
    return this.sheets[sheet].slice(0, 30).map((cells, i) => ({ rowNumber: i + 1, cells, firstColumn: 1, hidden: false }));
  }

  async markIssues(result: CheckResult): Promise<void> {
    this.marked = result;
  }

  async clearMarks(): Promise<void> {
    this.marked = null;
    this.marksCleared++;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected.push(`${sheet}!${address}`);
  }

  /** Where the results go: a test sets 校验结果(2)… for a workbook with a clerk's sheet of that name. */
  resultSheetNames: ResultSheetNames = { issues: "校验结果", subtotals: "分地区汇总" };

  async writeResultSheets(result: CheckResult): Promise<ResultSheetNames> {
    this.resultSheetsWritten.push(result);
    return this.resultSheetNames;
  }

  async writeSummary(text: string): Promise<string> {
    this.summaries.push(text);
    return "总结!A1";
  }

  async loadSettings(): Promise<unknown | null> {
    return this.saved;
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.saved = settings;
  }
}
