import { createExcelHost } from "../../../../src/adapters/excel/excel-host";
import { createWpsHost } from "../../../../src/adapters/wps/wps-host";
import { LiveCheck, type LiveHost } from "../../../../src/apps/taskpane/live/live-check";
import { editedRows, rowSpans } from "../../../../src/apps/taskpane/live/edited-rows";
import type { CellValue } from "../../../../src/core/cell";
import type { CheckResult } from "../../../../src/core/check/types";
import { NO_COLUMN_MAP } from "../../../../src/core/check/column-map";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { createInMemoryExcel } from "../../../fakes/in-memory-excel";
import { createInMemoryWps } from "../../../fakes/in-memory-wps";
import { ROSTER } from "../roster";

const SHEET = "花名册";
const DEBOUNCE_MS = 20;

/** One host, one in-memory workbook, and how the clerk types into it (reported or not). */
interface Workbook {
  readonly host: LiveHost & { markIssues: (result: CheckResult) => Promise<void> };
  type(row: number, column: number, value: CellValue, options?: { silently?: boolean }): Promise<void>;
  /** Calls into the host since the last reset: syncs (Excel) or object-model calls (WPS). */
  reads(): number;
  resetReads(): void;
  /** Whatever the clerk could see change on the sheet besides the typed values. */
  formatting(): string;
}

function excel(rows: CellValue[][]): Workbook {
  const excel = createInMemoryExcel();
  excel.model.addGrid(SHEET, rows);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true }) as Workbook["host"];
  return {
    host,
    type: (row, column, value, options) => excel.model.type(SHEET, row, column, value === null ? undefined : (value as never), options),
    reads: () => excel.model.stats.syncs,
    resetReads: () => excel.model.resetStats(),
    formatting: () => JSON.stringify([[...excel.model.sheet(SHEET)!.fills], [...excel.model.sheet(SHEET)!.notes], excel.model.sheets.length, excel.model.xmlParts.length]),
  };
}

function wps(rows: CellValue[][]): Workbook {
  const wps = createInMemoryWps();
  wps.model.addGrid(SHEET, rows);
  const host = createWpsHost(wps.app) as Workbook["host"];
  return {
    host,
    type: async (row, column, value, options) => wps.model.type(SHEET, row, column, value as never, options),
    reads: () => wps.model.calls.get("Range.Value2.get") ?? 0,
    resetReads: () => wps.model.resetCalls(),
    formatting: () => JSON.stringify([[...wps.model.sheet(SHEET)!.fills], [...wps.model.sheet(SHEET)!.comments], wps.model.sheets.length]),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function live(workbook: Workbook, fullRecheckMs = 60_000) {
  const results: CheckResult[] = [];
  const errors: unknown[] = [];
  const check = new LiveCheck(workbook.host, {
    sheet: SHEET,
    template: SONGWENNUAN_TEMPLATE,
    columnMap: NO_COLUMN_MAP,
    onResult: (result) => results.push(result),
    onError: (error) => errors.push(error),
    debounceMs: DEBOUNCE_MS,
    fullRecheckMs,
  });
  const latest = () => results[results.length - 1];
  const errorCells = () => latest().issues.filter((issue) => issue.severity === "error").map((issue) => issue.cell).sort();
  /** After the debounce, once the re-check is done. */
  const settle = async () => {
    await wait(DEBOUNCE_MS * 3);
    await check.settled();
  };
  return { check, results, errors, latest, errorCells, settle };
}

describe.each([
  ["Excel (worksheets.onChanged)", excel],
  ["WPS (ApiEvent SheetChange)", wps],
])("checking while typing in %s", (_name, open) => {
  it("re-reads only the edited row after an edit, updates the list and counts, and writes nothing to the sheet", async () => {
    const workbook = open(ROSTER);
    const { check, results, errorCells, settle } = live(workbook);
    await check.start();
    expect(errorCells()).toEqual(["D5", "H4"]);
    const before = workbook.formatting();
    workbook.resetReads();

    await workbook.type(4, 8, 1500); // 李四's amount raised to the minimum
    await settle();
    expect(errorCells()).toEqual(["D5"]);
    expect(results).toHaveLength(2);
    // Excel: a few syncs (the extent, the row); WPS: one Value2 read of the row.
    expect(workbook.reads()).toBeLessThanOrEqual(3);
    expect(workbook.formatting()).toBe(before);
    await check.stop();
  });

  it("updates duplicates across rows: an ID typed twice is flagged, and cleared when corrected", async () => {
    const workbook = open(ROSTER);
    const { check, latest, settle } = live(workbook);
    await check.start();
    await workbook.type(5, 4, "11010519491231002X"); // 王五 given 张三's ID
    await settle();
    expect(latest().issues.some((issue) => issue.code === "duplicate-person")).toBe(true);
    await workbook.type(5, 4, null);
    await settle();
    expect(latest().issues.some((issue) => issue.code === "duplicate-person")).toBe(false);
    await check.stop();
  });

  it("a missed edit (a dropdown pick the host never reports) is caught by the periodic full re-check", async () => {
    const workbook = open(ROSTER);
    const { check, errorCells, settle } = live(workbook, 150);
    await check.start();
    await workbook.type(4, 8, 1500, { silently: true });
    await settle();
    expect(errorCells()).toEqual(["D5", "H4"]); // no event, nothing re-read yet
    await wait(250);
    await check.settled();
    expect(errorCells()).toEqual(["D5"]);
    await check.stop();
  });

  it("a row typed below the table joins the check; the add-in's own marking is not taken for an edit", async () => {
    const workbook = open(ROSTER);
    const { check, latest, results, settle } = live(workbook);
    await check.start();
    await workbook.type(6, 3, "赵六");
    await settle();
    expect(latest().dataRows).toBe(4);
    const seen = results.length;
    await workbook.host.markIssues(latest());
    await settle();
    expect(results).toHaveLength(seen);
    await check.stop();
  });

  it("stops following edits when stopped", async () => {
    const workbook = open(ROSTER);
    const { check, results, settle } = live(workbook);
    await check.start();
    await check.stop();
    await workbook.type(4, 8, 1500);
    await settle();
    expect(results).toHaveLength(1);
  });
});

describe("edited rows", () => {
  it("reads the rows of every area an edit names; a whole column means everything", () => {
    expect(editedRows("B3")).toEqual([3]);
    expect(editedRows("$B$3:$D$5,F9")).toEqual([3, 4, 5, 9]);
    expect(editedRows("花名册!7:8")).toEqual([7, 8]);
    expect(editedRows("A:A")).toBe("all");
    expect(rowSpans([3, 4, 5, 9])).toEqual([{ top: 3, count: 3 }, { top: 9, count: 1 }]);
  });
});

describe("the add-in's own writes are not the clerk's edits", () => {
  it("WPS: SheetChange fired by the add-in's writes is skipped, the clerk's typing is reported", async () => {
    const wps = createInMemoryWps();
    wps.model.addGrid(SHEET, ROSTER);
    const host = createWpsHost(wps.app);
    const edits: string[] = [];
    const stop = await host.watchEdits!((edit) => edits.push(`${edit.sheet}!${edit.address}`));
    await host.saveSettings({ rules: {} });
    await host.writeSummary("本次慰问困难职工3户");
    wps.model.type(SHEET, 4, 8, 1500);
    await stop();
    wps.model.type(SHEET, 4, 8, 1000);
    expect(edits).toEqual([`${SHEET}!H4`]);
  });

  it("Excel: onChanged with triggerSource ThisLocalAddin is skipped", async () => {
    const excel = createInMemoryExcel();
    excel.model.addGrid(SHEET, ROSTER);
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
    const edits: string[] = [];
    const stop = await host.watchEdits!((edit) => edits.push(`${edit.sheet}!${edit.address}`));
    await excel.model.type(SHEET, 4, 8, 1500, { triggerSource: "ThisLocalAddin" });
    await excel.model.type(SHEET, 5, 4, "x");
    await stop();
    await excel.model.type(SHEET, 4, 8, 1000);
    expect(edits).toEqual([`${SHEET}!D5`]);
  });
});
