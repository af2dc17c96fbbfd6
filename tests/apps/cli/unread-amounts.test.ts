import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
beforeAll(() => buildCli());

/** A roster whose 慰问金额 is text in row 3 and an uncomputed formula's text in row 5. */
function rowsWithTwoUnreadable(): (string | number | null)[][] {
  const rows = cleanRows();
  rows[0][7] = "壹仟伍佰元";
  rows[2][7] = "#公式未计算";
  return rows;
}

const CAVEAT = "以上金额不含 2 户无法识别的金额（H3、H5），请改正后重新生成";

describe("the CLI says beside the summary sentence which amounts it leaves out", () => {
  it("text: the caveat on the line after the sentence; the sentence itself as the template writes it", async () => {
    const roster = await writeRoster(dir, "两处金额无法识别.xlsx", rowsWithTwoUnreadable());
    const run = runCli(["check", roster]);
    const lines = run.stdout.split("\n");
    const sentenceAt = lines.indexOf("总结") + 1;
    expect(lines[sentenceAt]).toMatch(/^本次全地区共走访慰问3名.*0\.08万元/);
    expect(lines[sentenceAt]).not.toContain("不含");
    expect(lines[sentenceAt + 1]).toBe(`警告：${CAVEAT} / The amounts above leave out 2 household(s) whose amount could not be read (H3, H5); correct them and generate again`);
  });

  it("--json: summaryCaveat beside summary; a clean roster's is null", async () => {
    const roster = await writeRoster(dir, "两处金额无法识别.xlsx", rowsWithTwoUnreadable());
    expect(JSON.parse(runCli(["check", roster, "--json"]).stdout).summaryCaveat).toMatchObject({ zh: CAVEAT });
    const clean = await writeRoster(dir, "干净.xlsx");
    const report = JSON.parse(runCli(["check", clean, "--json"]).stdout);
    expect(report.summaryCaveat).toBeNull();
    expect(runCli(["check", clean]).stdout).not.toContain("无法识别");
  });

  it("a folder: the county whose amounts were unreadable is named, with its cells", async () => {
    const folder = join(dir, "各县");
    mkdirSync(folder, { recursive: true });
    await writeRoster(folder, "伊吾县.xlsx", rowsWithTwoUnreadable());
    await writeRoster(folder, "巴里坤县.xlsx");
    const run = runCli(["check", folder]);
    expect(run.stdout).toContain("警告：以上金额不含 2 户无法识别的金额（伊吾县.xlsx H3、H5），请改正后重新生成");
    expect(JSON.parse(runCli(["check", folder, "--json"]).stdout).summaryCaveat).toMatchObject({ zh: "以上金额不含 2 户无法识别的金额（伊吾县.xlsx H3、H5），请改正后重新生成" });
  });
});
