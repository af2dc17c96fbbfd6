import { createExcelHost } from "../src/adapters/excel/excel-host";
import type { CellValue } from "../src/core/cell";
import { SONGWENNUAN_TEMPLATE } from "../src/core/template/songwennuan";
import { createInMemoryExcel, type WorkbookModel } from "../tests/fakes/in-memory-excel";
import { generateRoster } from "../tests/fakes/generate-roster";
import { flaggedRoster, ROSTER_SHEET } from "./flagged-roster";
import { naiveCheck, naiveHighlight } from "./naive-excel";

export interface RoundTrips {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export interface Compared {
  readonly adapter: RoundTrips;
  readonly naive: RoundTrips;
}

/** A fresh in-memory Excel holding `rows` on the roster sheet, and the adapter over it (every API set). */
function excelWith(rows: readonly (readonly CellValue[])[]) {
  const excel = createInMemoryExcel();
  excel.model.addGrid(ROSTER_SHEET, rows);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
  return { run: excel.run, model: excel.model, host };
}

/** Counts the round trips of `work` alone. */
async function roundTrips(model: WorkbookModel, work: () => Promise<unknown>): Promise<RoundTrips> {
  model.resetStats();
  await work();
  const { stats } = model;
  return {
    syncs: stats.syncs,
    maxRequestBytes: Math.max(0, ...stats.requestBytes),
    maxResponseBytes: Math.max(0, ...stats.responseBytes),
  };
}

/** `host.check` on a generated roster of `households` rows, and the per-row naive read of it. */
export async function checkRoundTrips(households: number, { naive = true } = {}): Promise<Compared & { dataRows: number }> {
  const { run, model, host } = excelWith(generateRoster(households).rows);
  let dataRows = 0;
  const adapter = await roundTrips(model, async () => (dataRows = (await host.check(SONGWENNUAN_TEMPLATE, ROSTER_SHEET)).dataRows));
  const naiveTrips = naive ? await roundTrips(model, () => naiveCheck(run, SONGWENNUAN_TEMPLATE, ROSTER_SHEET)) : adapter;
  return { adapter, naive: naiveTrips, dataRows };
}

/** `host.markIssues` with exactly `cells` flagged cells, and the per-cell naive fill, each on a fresh sheet. */
export async function highlightRoundTrips(cells: number, { naive = true } = {}): Promise<Compared & { fills: number }> {
  const { rows, result } = flaggedRoster(cells);
  const forAdapter = excelWith(rows);
  const adapter = await roundTrips(forAdapter.model, () => forAdapter.host.markIssues(result));
  const fills = forAdapter.model.sheet(ROSTER_SHEET)!.fills.size;
  if (!naive) return { adapter, naive: adapter, fills };
  const forNaive = excelWith(rows);
  return { adapter, naive: await roundTrips(forNaive.model, () => naiveHighlight(forNaive.run, result)), fills };
}
