import { join } from "node:path";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { buildCli } from "../apps/cli/run-cli";
import { SEVEN_FINDINGS, writeIssueHeavyXlsx } from "../fakes/issue-heavy-roster";
import { measuredCli, MiB } from "./measured-cli";

jest.setTimeout(300_000);

const ROWS = 80_000;
const dir = tempDir();
let file = "";

beforeAll(async () => {
  buildCli();
  file = join(dir, "bad-80k.xlsx");
  await writeIssueHeavyXlsx(file, ROWS);
});

// Was 11 minutes for the text report (a spread per issue); linear, it takes seconds. Caps are
// about 10× what a quiet 2-core machine needs, so a loaded one still passes.
describe("80,000 rows with seven findings each (560,000 issues)", () => {
  it("the readable report counts every issue, lists 20 per code, and finishes within 60 s and 1 GiB", () => {
    const run = measuredCli(["check", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`数据 ${ROWS} 行；错误 ${4 * ROWS} 处，警告 ${3 * ROWS} 处。`);
    for (const code of SEVEN_FINDINGS) expect(run.stdout).toMatch(new RegExp(` ${code}（${ROWS} 处）`));
    expect(run.stdout.match(/……另有 79980 处/g)).toHaveLength(7);
    expect(run.stdout).toMatch(/\n结论：发现 320000 处错误/);
    expect(run.wallMs).toBeLessThan(60_000);
    expect(run.peakRssBytes).toBeLessThan(1024 * MiB);
  });

  it("--json carries all 560,000 issues in one object, within 60 s and 1 GiB", () => {
    const run = measuredCli(["check", file, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.issues).toHaveLength(7 * ROWS);
    expect(report.issues[7 * ROWS - 1]).toMatchObject({ row: ROWS + 2, code: "phone-invalid", severity: "warning" });
    expect(run.wallMs).toBeLessThan(60_000);
    expect(run.peakRssBytes).toBeLessThan(1024 * MiB);
  });
});
