import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, HEADER, writeRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
/** A region header no alias knows, as a county wrote it. */
const COUNTY_REGION = "所属辖区";

beforeAll(() => buildCli());

/** The county's roster, with (or without) the settings its clerk saved in it. */
async function countyRoster(fileName: string, settings: unknown | null): Promise<string> {
  const path = await writeRoster(dir, fileName, cleanRows(), (sheet) => {
    sheet.getRow(2).getCell(HEADER.indexOf("地区") + 1).value = COUNTY_REGION;
  });
  if (settings !== null) writeFileSync(path, embedSavedSettings(readFileSync(path), settings, new Date()));
  return path;
}

describe("report check on a workbook carrying saved settings", () => {
  it("without them, the county's 地区 column is one error naming the heading that may be it; the rest is checked", async () => {
    const run = runCli(["check", await countyRoster("plain.xlsx", null)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("column-missing（1 处）");
    expect(run.stdout).toContain("表头中的“所属辖区”可能就是这一列");
  });

  it("applies the saved 列对应 and rules that loosen nothing, and says so on stdout beside the verdict", async () => {
    const minimums = [{ level: "全总", minYuan: 1200 }, { level: "省总", minYuan: 1000 }];
    const settings = { columnMap: { [COUNTY_REGION]: "region" }, rules: { minimums } };
    const run = runCli(["check", await countyRoster("mapped.xlsx", settings)]);
    expect(run.stdout).toContain("mapped.xlsx：已采用工作簿中保存的规则设置（未放宽任何校验）。");
    expect(run.stdout).toContain(`mapped.xlsx：已采用工作簿中保存的列对应 1 项：${COUNTY_REGION}→地区。`);
    expect(run.stdout).toMatch(/哈密市\s+2\s+0\s+2,300\.00/);
    // 王五 (全总, 1000 元) is under the workbook's own 1200 minimum.
    expect(run.stdout).toMatch(/amount-below-minimum（1 处）\n\s+H5\s/);
    expect(run.code).toBe(1);
  });

  it("saved rules that drop a minimum are withheld unless the clerk passes --use-saved-settings", async () => {
    const settings = { columnMap: { [COUNTY_REGION]: "region" }, rules: { minimums: [{ level: "全总", minYuan: 1200 }] } };
    const path = await countyRoster("dropping.xlsx", settings);
    const withheld = runCli(["check", path]);
    expect(withheld.stdout).toContain("dropping.xlsx：未采用工作簿中保存的规则设置，它会放宽：最低标准（省总）不再适用。");
    expect(withheld.stdout).not.toContain("amount-below-minimum");
    const chosen = runCli(["check", path, "--use-saved-settings"]);
    expect(chosen.stdout).toContain("dropping.xlsx：已按选择采用工作簿中保存的规则设置，它放宽了：最低标准（省总）不再适用。");
    expect(chosen.stdout).toMatch(/amount-below-minimum（1 处）\n\s+H5\s/);
  });

  it("the same with --out, which opens the whole workbook", async () => {
    const run = runCli(["check", await countyRoster("mapped-out.xlsx", { columnMap: { [COUNTY_REGION]: "region" } }), "--out", join(dir, "copy.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/伊吾县\s+1\s+0\s+1,000\.00/);
  });
});
