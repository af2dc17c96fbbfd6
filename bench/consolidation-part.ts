import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchScript } from "./child";
import { measureNode, type ProcessFigures } from "./measure-process";
import type { Section, Verdict } from "./report-types";
import { writeRosterXlsx } from "./roster-xlsx";
import { inputReads, openOnceVerdict } from "./input-reads";
import { count, mib, ms } from "./stats";
import { TARGETS } from "./targets";

/** The scale; BENCH_SUBMISSIONS / BENCH_ROWS make a quick run on a busy machine. */
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1_000);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000);

const REPO = resolve(__dirname, "../../../..");
const CLI_MAIN = join(REPO, "dist-cli/apps/cli/main.js");

async function consolidate(dir: string, threads: number | undefined): Promise<ProcessFigures> {
  // measureNode passes this process's environment on: REPORT_THREADS=1 is the one-core run.
  if (threads === undefined) delete process.env.REPORT_THREADS;
  else process.env.REPORT_THREADS = String(threads);
  try {
    const figures = await measureNode([CLI_MAIN, "check", dir, "--json"]);
    if (figures.exitCode > 1) throw new Error(`report check failed with exit ${figures.exitCode}`);
    const dataRows = (JSON.parse(figures.stdout) as { dataRows: number }).dataRows;
    if (dataRows !== SUBMISSIONS * ROWS) throw new Error(`report check saw ${dataRows} data rows, expected ${SUBMISSIONS * ROWS}`);
    return figures;
  } finally {
    delete process.env.REPORT_THREADS;
  }
}

/** Part 5: `report check DIR --json` over many generated submissions, on all cores and on one. */
export async function benchConsolidation(): Promise<Section> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: REPO, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "bench-consolidation-"));
  try {
    for (let i = 0; i < SUBMISSIONS; i++) {
      // Each unit its own people: a shared ID would make every row a cross-submission duplicate.
      await writeRosterXlsx(join(dir, `${String(i + 1).padStart(4, "0")}.xlsx`), ROWS, { seed: i + 1, firstPerson: i * ROWS, defectRate: 0 });
    }
    const files = readdirSync(dir).map((name) => join(dir, name));
    const allCores = await consolidate(dir, undefined);
    const oneCore = await consolidate(dir, 1);
    const exceljs = await measureNode([benchScript("exceljs-read-worker"), ...files]);
    const reads = await inputReads([CLI_MAIN, "check", dir, "--json"]);
    const rows = SUBMISSIONS * ROWS;
    const speedUp = oneCore.wallMs / allCores.wallMs;
    const timeRatio = allCores.wallMs / exceljs.wallMs;
    const perSecond = (figures: ProcessFigures) => `${count(Math.round(rows / (figures.wallMs / 1000)))} rows/s`;
    return {
      title: `Consolidating ${count(SUBMISSIONS)} submissions (${count(rows)} rows)`,
      method:
        `${count(SUBMISSIONS)} generated .xlsx rosters of ${count(ROWS)} households each, no person in two of them, checked and ` +
        `consolidated by \`report check DIR --json\` on all ${availableParallelism()} cores (worker threads) and with REPORT_THREADS=1; ` +
        "exceljs's WorkbookReader reading the same files one after another is the baseline. One run each (whole `node` processes).",
      headers: ["command", "wall", "rows/s", "peak RSS"],
      rows: [
        [`\`report check DIR --json\`, ${availableParallelism()} cores`, ms(allCores.wallMs), perSecond(allCores), mib(allCores.maxRssBytes)],
        ["`report check DIR --json`, one core", ms(oneCore.wallMs), perSecond(oneCore), mib(oneCore.maxRssBytes)],
        ["exceljs `WorkbookReader`, file after file", ms(exceljs.wallMs), perSecond(exceljs), mib(exceljs.maxRssBytes)],
        ["`report check DIR --json`: reads of the files / zip-directory parses (one more run)", `${reads.reads} / ${reads.directories}`, "", ""],
      ],
      verdicts: [
        verdict(`speed-up over one core ≥ ${TARGETS.consolidationSpeedUp}× on 2 cores`, `${speedUp.toFixed(2)}×`, speedUp >= TARGETS.consolidationSpeedUp, "Two workers and the main thread share the 2 cores: the 2-core run spends more CPU than the one-core run (each worker compiles the CLI's modules, ~0.4 s, and packs its people for the main thread), and the main thread's ID/account index (about 3 µs a row) runs beside them. Workers no longer wait on the thread pool's inflating (17–20% idle before, 3% in a profile of 300 files). The machine's other load counts too."),
        verdict(`peak RSS ≤ ${mib(TARGETS.consolidationMaxRssBytes)}`, mib(allCores.maxRssBytes), allCores.maxRssBytes <= TARGETS.consolidationMaxRssBytes, "Three V8 heaps: each worker's (its young generation capped at 24 MB) and the main thread's, which keeps every issue, the verdicts and the ID/account index and whose young generation V8 lets grow to 48 MB."),
        openOnceVerdict(SUBMISSIONS, reads),
        verdict(`time ≤ ${TARGETS.consolidationTimeRatio}× exceljs reading the files`, `${timeRatio.toFixed(2)}×`, timeRatio <= TARGETS.consolidationTimeRatio, "See the consolidation notes."),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function verdict(target: string, measured: string, met: boolean, why: string): Verdict {
  return { target, measured, met, ...(met ? {} : { missedBy: measured, why }) };
}
