import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchScript } from "./child";
import { measureNode, type ProcessFigures } from "./measure-process";
import type { Section } from "./report-types";
import { writeRosterXlsx } from "./roster-xlsx";
import { inputReads, openOnceVerdict } from "./input-reads";
import { count, median, mib, ms } from "./stats";
import { TARGETS } from "./targets";

const HOUSEHOLDS = 100_000;
const RUNS = 5;

const REPO = resolve(__dirname, "../../../..");
const CLI_MAIN = join(REPO, "dist-cli/apps/cli/main.js");

function cliRun(file: string): Promise<ProcessFigures> {
  return measureNode([CLI_MAIN, "check", file, "--json"]).then((figures) => {
    if (figures.exitCode > 1) throw new Error(`report check failed with exit ${figures.exitCode}`);
    const dataRows = (JSON.parse(figures.stdout) as { dataRows: number }).dataRows;
    if (dataRows !== HOUSEHOLDS) throw new Error(`report check saw ${dataRows} data rows, expected ${HOUSEHOLDS}`);
    return figures;
  });
}

function exceljsRun(file: string): Promise<ProcessFigures> {
  return measureNode([benchScript("exceljs-read-worker"), file]).then((figures) => {
    const rows = (JSON.parse(figures.stdout) as { rows: number }).rows;
    if (rows < HOUSEHOLDS) throw new Error(`exceljs streamed ${rows} rows, expected more than ${HOUSEHOLDS}`);
    return figures;
  });
}

/** Part 2: `report check FILE --json` against exceljs's streaming reader, runs interleaved. */
export async function benchCli(): Promise<Section> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: REPO, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    const file = join(dir, "roster-100k.xlsx");
    await writeRosterXlsx(file, HOUSEHOLDS);
    const cli: ProcessFigures[] = [];
    const exceljs: ProcessFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      cli.push(await cliRun(file));
      exceljs.push(await exceljsRun(file));
    }
    const reads = await inputReads([CLI_MAIN, "check", file, "--json"]);
    const cliMs = median(cli.map((f) => f.wallMs));
    const exceljsMs = median(exceljs.map((f) => f.wallMs));
    const cliRss = median(cli.map((f) => f.maxRssBytes));
    const exceljsRss = median(exceljs.map((f) => f.maxRssBytes));
    const timeRatio = cliMs / exceljsMs;
    const memoryRatio = cliRss / exceljsRss;
    return {
      title: "CLI on a 100k-row .xlsx",
      method:
        `A ${count(HOUSEHOLDS)}-household roster written with shared strings (${mib(statSync(file).size)} on disk). ` +
        `Each command is a whole \`node\` process (start-up and module loading included), ${RUNS} runs each, interleaved; ` +
        "medians shown. Peak RSS is `process.resourceUsage().maxRSS`, written at exit by a `--require`d reporter.",
      headers: ["command", "median wall", "median peak RSS"],
      rows: [
        ["`report check FILE --json` (dist-cli)", ms(cliMs), mib(cliRss)],
        ["exceljs `WorkbookReader`, every row's values", ms(exceljsMs), mib(exceljsRss)],
        ["ratio CLI / exceljs", `${timeRatio.toFixed(2)}×`, `${memoryRatio.toFixed(2)}×`],
        ["CLI: reads of the file / zip-directory parses (one more run)", `${reads.reads} / ${reads.directories}`, ""],
      ],
      verdicts: [
        ratioVerdict("CLI time ≤ 0.5× exceljs streaming read", timeRatio, TARGETS.cliTimeRatio),
        ratioVerdict("CLI peak RSS ≤ exceljs streaming read", memoryRatio, TARGETS.cliMemoryRatio),
        openOnceVerdict(1, reads),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ratioVerdict(target: string, ratio: number, limit: number) {
  const met = ratio <= limit;
  return {
    target,
    measured: `${ratio.toFixed(2)}×`,
    met,
    missedBy: met ? undefined : `${(ratio / limit).toFixed(2)}× over the ratio`,
    why: met ? undefined : "See the CLI notes below.",
  };
}
