import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, HEADER, writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

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
  it("without them, the county's header is not found", async () => {
    expectUnusable(runCli(["check", await countyRoster("plain.xlsx", null)]), "表头");
  });

  it("applies the saved 列对应 and rules, and says so on stderr", async () => {
    const settings = { columnMap: { [COUNTY_REGION]: "region" }, rules: { minimums: [{ level: "全总", minYuan: 1200 }] } };
    const run = runCli(["check", await countyRoster("mapped.xlsx", settings)]);
    expect(run.stderr).toContain("已采用工作簿中保存的设置（列对应 1 项）");
    expect(run.stdout).toMatch(/哈密市\s+2\s+0\s+2,300\.00/);
    // 王五 (全总, 1000 元) is under the workbook's own 1200 minimum.
    expect(run.stdout).toMatch(/amount-below-minimum（1 处）\n\s+H5\s/);
    expect(run.code).toBe(1);
  });

  it("the same with --out, which opens the whole workbook", async () => {
    const run = runCli(["check", await countyRoster("mapped-out.xlsx", { columnMap: { [COUNTY_REGION]: "region" } }), "--out", join(dir, "copy.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/伊吾县\s+1\s+0\s+1,000\.00/);
  });
});
