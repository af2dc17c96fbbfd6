/**
 * Child process for part 1 (run with --expose-gc): generates one grid, times check + subtotals +
 * summary on it, then measures the heap in a separate, untimed pass.
 * Usage: core-worker.js ROWS RUNS → prints CoreFigures as JSON.
 */
import { getHeapStatistics } from "node:v8";
import { performance } from "node:perf_hooks";
import { checkGrid } from "../src/core/check/check-grid";
import { startCheck } from "../src/core/check/check-session";
import type { CheckResult } from "../src/core/check/types";
import { BUILTIN_SUMMARIES } from "../src/core/summary/builtin-summaries";
import { renderSummary } from "../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../src/core/template/songwennuan";
import { generateRoster } from "../tests/fakes/generate-roster";

export interface CoreFigures {
  readonly rows: number;
  readonly timesMs: number[];
  /** CPU time (user + system) of the same runs: steadier than wall time on a busy machine. */
  readonly cpuMs: number[];
  readonly issues: number;
  /** Heap in use with the grid built and nothing else (after a full GC). */
  readonly gridHeapBytes: number;
  /** Largest heap in use seen during a check of the grid, grid included. */
  readonly peakHeapBytes: number;
}

const SHEET = "名单";
const TODAY = new Date(Date.UTC(2026, 0, 1));
const SAMPLE_EVERY = 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heapUsed = () => getHeapStatistics().used_heap_size;

/** What the clerk's 检查 button does with a sheet already read: check, tallies, summary paragraph. */
function checkAndSummarise(rows: ReturnType<typeof generateRoster>["rows"]): CheckResult {
  const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: SHEET, rows, today: TODAY });
  renderSummary(BUILTIN_SUMMARIES[0].text, result);
  return result;
}

/** The same work through the streaming session checkGrid drives, sampling the heap as rows go in. */
function peakHeapOfCheck(rows: ReturnType<typeof generateRoster>["rows"]): number {
  let peak = heapUsed();
  const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: SHEET, today: TODAY });
  for (let i = 0; i < rows.length; i++) {
    session.pushRow(i + 1, rows[i]);
    if (i % SAMPLE_EVERY === 0) peak = Math.max(peak, heapUsed());
  }
  const result = session.finish();
  peak = Math.max(peak, heapUsed());
  renderSummary(BUILTIN_SUMMARIES[0].text, result);
  return Math.max(peak, heapUsed());
}

function main(size: number, runs: number): CoreFigures {
  const { rows } = generateRoster(size);
  // Warm-up: let the JIT see the hot loop before it is timed.
  let warm = 0;
  while (warm < 3 || (warm < 20 && warm * size < 300_000)) {
    checkAndSummarise(rows);
    warm++;
  }
  const timesMs: number[] = [];
  const cpuMs: number[] = [];
  let issues = 0;
  for (let run = 0; run < runs; run++) {
    gc!();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    issues = checkAndSummarise(rows).issues.length;
    timesMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs.push((cpu.user + cpu.system) / 1000);
  }
  gc!();
  const gridHeapBytes = heapUsed();
  const peakHeapBytes = peakHeapOfCheck(rows);
  return { rows: size, timesMs, cpuMs, issues, gridHeapBytes, peakHeapBytes };
}

process.stdout.write(JSON.stringify(main(Number(process.argv[2]), Number(process.argv[3]))) + "\n");
