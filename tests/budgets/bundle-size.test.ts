import { existsSync } from "node:fs";
import { join } from "node:path";
import { initialJs } from "../../bench/bundle-size";
import { TARGETS } from "../../bench/targets";

const DIST = join(__dirname, "../../dist");

/** The task pane opens inside Excel on every click of 打开助手: its first download stays small. */
describe("budget: task pane initial JavaScript", () => {
  it(`is at most ${TARGETS.taskpaneInitialGzipBytes / 1024} KiB gzip`, () => {
    if (!existsSync(join(DIST, "bundle-stats.json"))) throw new Error("no dist/bundle-stats.json: run `npm run build` first (npm test does)");
    const { gzipBytes, files } = initialJs(DIST, "taskpane");
    expect(files.length).toBeGreaterThan(0);
    expect(Math.round(gzipBytes / 1024)).toBeLessThanOrEqual(TARGETS.taskpaneInitialGzipBytes / 1024);
  });
});
