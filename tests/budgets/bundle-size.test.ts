import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { initialJs } from "../../bench/bundle-size";
import { TARGETS } from "../../bench/targets";

const DIST = join(__dirname, "../../dist");

interface ChunkInfo {
  readonly name: string | null;
  readonly files: string[];
  readonly modules: string[];
}

function taskpaneChunks(): { initial: ChunkInfo[]; async: ChunkInfo[] } {
  if (!existsSync(join(DIST, "bundle-stats.json"))) throw new Error("no dist/bundle-stats.json: run `npm run build` first (npm test does)");
  return JSON.parse(readFileSync(join(DIST, "bundle-stats.json"), "utf8")).entrypoints.taskpane;
}

const holdsExceljs = (chunk: ChunkInfo) => chunk.modules.some((module) => module.includes("node_modules/exceljs/"));

/** The task pane opens inside Excel on every click of 打开助手: its first download stays small. */
describe("budget: task pane initial JavaScript", () => {
  it(`is at most ${TARGETS.taskpaneInitialGzipBytes / 1024} KiB gzip`, () => {
    taskpaneChunks();
    const { gzipBytes, files } = initialJs(DIST, "taskpane");
    expect(files.length).toBeGreaterThan(0);
    expect(Math.round(gzipBytes / 1024)).toBeLessThanOrEqual(TARGETS.taskpaneInitialGzipBytes / 1024);
  });

  it("carries no exceljs, nor does the Excel adapter's chunk: exceljs is an async chunk of its own (the page's blank form only)", () => {
    const { initial, async } = taskpaneChunks();
    expect(initial.filter(holdsExceljs).map((chunk) => chunk.files)).toEqual([]);
    const excelHost = async.find((chunk) => chunk.name === "excel-host");
    expect(excelHost && holdsExceljs(excelHost)).toBe(false);
    expect(async.filter(holdsExceljs).map((chunk) => chunk.name)).toEqual(["exceljs"]);
  });
});
