import { performance } from "node:perf_hooks";
import { createExcelHost } from "../src/adapters/excel/excel-host";
import { createWpsHost } from "../src/adapters/wps/wps-host";
import { LiveCheck, type LiveHost } from "../src/apps/taskpane/live/live-check";
import type { CellValue } from "../src/core/cell";
import { NO_COLUMN_MAP } from "../src/core/check/column-map";
import type { CheckResult } from "../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../src/core/template/songwennuan";
import { generateRoster, ROSTER_HEADER } from "../tests/fakes/generate-roster";
import { createInMemoryExcel } from "../tests/fakes/in-memory-excel";
import { createInMemoryWps } from "../tests/fakes/in-memory-wps";
import type { Section, Verdict } from "./report-types";
import { count, median, ms } from "./stats";
import { TARGETS } from "./targets";

const HOUSEHOLDS = 10_000;
const EDITS = 15;
const SHEET = "名单";
const AMOUNT_COLUMN = ROSTER_HEADER.indexOf("慰问金额（元）") + 1;
const ID_COLUMN = ROSTER_HEADER.indexOf("身份证号") + 1;

interface TypedWorkbook {
  readonly name: string;
  readonly host: LiveHost;
  /** The clerk types one cell; the host reports it (onChanged / SheetChange). */
  type(row: number, column: number, value: CellValue): Promise<void>;
}

function excelWorkbook(rows: CellValue[][]): TypedWorkbook {
  const excel = createInMemoryExcel();
  excel.model.addGrid(SHEET, rows);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true }) as LiveHost;
  return { name: "Excel (in-memory, onChanged)", host, type: (row, column, value) => excel.model.type(SHEET, row, column, value as never) };
}

function wpsWorkbook(rows: CellValue[][]): TypedWorkbook {
  const wps = createInMemoryWps();
  wps.model.addGrid(SHEET, rows);
  const host = createWpsHost(wps.app) as LiveHost;
  return { name: "WPS (in-memory, SheetChange)", host, type: async (row, column, value) => wps.model.type(SHEET, row, column, value as never) };
}

interface Timings {
  readonly firstCheck: number;
  readonly amountEdits: number[];
  readonly idEdits: number[];
  readonly fullRecheck: number;
}

/**
 * One LiveCheck on the workbook with no debounce: each edit's time runs from the host's change
 * event to the pane's new list (read of the edited row, the check, the result), the work a clerk
 * waits for after the 400 ms pause the pane leaves for typing.
 */
async function time(workbook: TypedWorkbook): Promise<Timings> {
  let resolveResult: ((result: CheckResult) => void) | null = null;
  const next = () => new Promise<CheckResult>((resolve) => (resolveResult = resolve));
  const live = new LiveCheck(workbook.host, {
    sheet: SHEET,
    template: SONGWENNUAN_TEMPLATE,
    columnMap: NO_COLUMN_MAP,
    onResult: (result) => resolveResult?.(result),
    onError: (error) => {
      throw error;
    },
    debounceMs: 0,
    fullRecheckMs: 3_600_000,
  });
  let started = performance.now();
  let result = next();
  await live.start();
  await result;
  const firstCheck = performance.now() - started;
  const edit = async (row: number, column: number, value: CellValue) => {
    result = next();
    started = performance.now();
    await workbook.type(row, column, value);
    await result;
    return performance.now() - started;
  };
  const amountEdits: number[] = [];
  const idEdits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    // Rows spread over the sheet; header rows are 1–2, the data from row 3.
    const row = 3 + ((i * 661) % HOUSEHOLDS);
    amountEdits.push(await edit(row, AMOUNT_COLUMN, 1200 + i));
    idEdits.push(await edit(row + 1, ID_COLUMN, "11010519491231002X")); // a duplicate of every other row with this ID
  }
  started = performance.now();
  await live.recheckAll();
  const fullRecheck = performance.now() - started;
  await live.stop();
  return { firstCheck, amountEdits, idEdits, fullRecheck };
}

/** Issue 19: one edit on a 10,000-row sheet updates the pane's list in under 200 ms of work, in both hosts. */
export async function benchTyping(): Promise<Section> {
  const rows = generateRoster(HOUSEHOLDS, { defectRate: 0.05 }).rows;
  const measured: { name: string; timings: Timings }[] = [];
  for (const open of [excelWorkbook, wpsWorkbook]) {
    const workbook = open(rows);
    measured.push({ name: workbook.name, timings: await time(workbook) });
  }
  const verdicts: Verdict[] = measured.map(({ name, timings }) => {
    const worst = Math.max(median(timings.amountEdits), median(timings.idEdits));
    const met = worst <= TARGETS.typingEditMs;
    return {
      target: `${name}: one edit on ${count(HOUSEHOLDS)} rows updates the list in ≤ ${TARGETS.typingEditMs} ms`,
      measured: ms(worst),
      met,
      missedBy: met ? undefined : `${ms(worst - TARGETS.typingEditMs)} over`,
      why: met ? undefined : "See the typing notes below.",
    };
  });
  return {
    title: "Checking while typing",
    method:
      `The pane's LiveCheck over each in-memory host, a generated ${count(HOUSEHOLDS)}-row roster, no debounce: ${EDITS} edits of an amount and ${EDITS} of an ID ` +
      "(each making the row a duplicate), spread over the sheet, each timed from the host's change event to the pane's new result (read of the edited row, check, result); medians. " +
      "The first check and a full re-check (the periodic one) for comparison.",
    headers: ["host", "first check", "edit: amount (median)", "edit: ID → duplicate (median)", "slowest edit", "full re-check"],
    rows: measured.map(({ name, timings }) => [
      name,
      ms(timings.firstCheck),
      ms(median(timings.amountEdits)),
      ms(median(timings.idEdits)),
      ms(Math.max(...timings.amountEdits, ...timings.idEdits)),
      ms(timings.fullRecheck),
    ]),
    verdicts,
  };
}
