import { join } from "node:path";
import { runScript, runWorker } from "./child";
import type { CoreFigures } from "./core-worker";
import type { Section } from "./report-types";
import { count, median, mib, ms } from "./stats";
import { TARGETS } from "./targets";

const SIZES = [
  { rows: 10_000, runs: 9 },
  { rows: 100_000, runs: 9 },
  { rows: 1_000_000, runs: 5 },
];
const TARGET_ROWS = 100_000;
const NODE_FLAGS = ["--expose-gc", "--max-old-space-size=6144"];
/** With a baseline, each size's runs are split over this many processes per engine, taken in turn. */
const ROUNDS = 3;

/**
 * Part 1: checkGrid + tallies + summary on generated grids, each size in its own process.
 * BENCH_BASELINE (the compiled bench of another commit, made by scripts/bench-baseline.sh) adds
 * that commit's engine on the same grids, its processes taking turns with this one's, so a busy
 * machine slows both alike and the ratio holds.
 */
export function benchCore(): Section {
  const baseline = process.env.BENCH_BASELINE;
  const figures = SIZES.map(({ rows, runs }) => {
    if (baseline === undefined) return { current: runWorker<CoreFigures>("core-worker", [rows, runs], NODE_FLAGS) };
    const current: CoreFigures[] = [];
    const before: CoreFigures[] = [];
    const perRound = Math.max(1, Math.round(runs / ROUNDS));
    for (let round = 0; round < ROUNDS; round++) {
      before.push(runScript<CoreFigures>(join(baseline, "bench/core-worker.js"), [rows, perRound], NODE_FLAGS));
      current.push(runWorker<CoreFigures>("core-worker", [rows, perRound], NODE_FLAGS));
    }
    return { current: pooled(current), before: pooled(before) };
  });
  const line = (f: CoreFigures, label: string) => {
    const wall = median(f.timesMs);
    return [
      count(f.rows) + label,
      String(f.timesMs.length),
      ms(wall),
      ms(median(f.cpuMs)),
      `${count(Math.round(f.rows / (wall / 1000)))}`,
      count(f.issues),
      mib(f.gridHeapBytes),
      mib(f.peakHeapBytes),
    ];
  };
  const rows = figures.flatMap(({ current, before }) => (before === undefined ? [line(current, "")] : [line(before, " (baseline)"), line(current, "")]));
  const target = figures.find((f) => f.current.rows === TARGET_ROWS)!.current;
  const wall = median(target.timesMs);
  const met = wall < TARGETS.core100kMs;
  return {
    title: "Core: check + subtotals + summary",
    method:
      "Roster grids from tests/fakes/generate-roster.ts (title, header, 14 columns, ~5% rows with one planted defect, 合计 row). " +
      "Each size runs in its own `node --expose-gc` process: warm-up runs, then timed runs of `checkGrid` + `renderSummary` (built-in 分地区 paragraph) after a full GC. " +
      "Peak heap is sampled every 1,024 rows during one more, untimed pass through the same streaming session, and includes the grid itself." +
      (process.env.BENCH_BASELINE === undefined ? "" : ` Baseline rows: ${process.env.BENCH_BASELINE_NAME ?? "another commit"}'s engine, its processes taking turns with this one's.`),
    headers: ["rows", "runs", "median wall", "median CPU", "rows/s (wall)", "issues", "heap: grid alone", "peak heap during check"],
    rows,
    verdicts: [
      {
        target: "100k rows < 100 ms (≥ 1M rows/s)",
        measured: `${ms(wall)} (${count(Math.round(TARGET_ROWS / (wall / 1000)))} rows/s)`,
        met,
        missedBy: met ? undefined : `${(wall / TARGETS.core100kMs).toFixed(2)}× the budget (+${ms(wall - TARGETS.core100kMs)})`,
        why: met ? undefined : CORE_WHY,
      },
    ],
  };
}

/** Several processes' runs as one set of figures: every time, the heaviest heap. */
function pooled(parts: readonly CoreFigures[]): CoreFigures {
  return {
    rows: parts[0].rows,
    timesMs: parts.flatMap((part) => part.timesMs),
    cpuMs: parts.flatMap((part) => part.cpuMs),
    issues: parts[0].issues,
    gridHeapBytes: Math.max(...parts.map((part) => part.gridHeapBytes)),
    peakHeapBytes: Math.max(...parts.map((part) => part.peakHeapBytes)),
  };
}

/** From the profile (node --cpu-prof) of the 100k check; see docs/benchmarks.md. */
const CORE_WHY =
  "Profile of the 100k check (issue 20, second pass): the row-comparing indexes (folded-key-table.ts: the ID, the archive number " +
  "and the account each folded and hashed in one pass over the cell, one probe a row into a table of 100k keys) about 30%, " +
  "most of it on the one line that reads the key's slot (a new key lands in a random slot of a 2 MB table: a memory miss); reading the row (each field to text, " +
  "the amount in fen) about 17%; the GB 11643 and Luhn digit scans about 7% (one pass each now, was 13%); classifying the row " +
  "(total labels, footer words, repeated header) about 5%; the collector about 4%. What is left is mostly memory, not arithmetic: " +
  "the 46 MB grid is read once per check, its cells' strings reached one by one, and every row's three probes miss the cache. " +
  "Reaching 100 ms would take reading columns, not rows, from the reader on (each column's text scanned once into typed arrays), " +
  "which the hosts' row-by-row streaming does not give.";
