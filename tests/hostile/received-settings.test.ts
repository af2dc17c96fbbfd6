import { tempDir } from "../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster } from "../apps/cli/rosters";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { noRulesPack } from "./generators/no-rules-pack";
import { rosterCarrying } from "./generators/received-settings";

jest.setTimeout(180_000);

const dir = tempDir();

beforeAll(() => buildCli());


describe("a pack saved in a received workbook cannot switch the checks off", () => {
  it("a roster with six errors carrying 送温暖's id with no rules is checked with the bundled 送温暖, and stdout says why", async () => {
    const run = runCli(["check", await rosterCarrying(dir, "no-rules.xlsx", { pack: noRulesPack() })]);
    expect(run.stdout).not.toContain("未发现错误");
    expect(run.code).toBe(1);
    // The verdict itself names the form used and the saved form refused, with what it drops.
    expect(run.stdout).toContain("未采用工作簿中保存的表式“送温暖慰问花名册”");
    expect(run.stdout).toContain("去掉或改动了规则 duplicate-person");
    expect(run.stdout).toContain("--use-saved-settings");
  });

  it("the clerk's explicit flag uses it, and the verdict says it loosens the checks", async () => {
    const run = runCli(["check", await rosterCarrying(dir, "no-rules-accepted.xlsx", { pack: noRulesPack() }), "--use-saved-settings"]);
    expect(run.stdout).toContain("按工作簿中保存的表式“送温暖慰问花名册”校验");
    expect(run.stdout).toContain("它比内置表式少查");
  });

  it("--form always wins: the saved pack is named, not laid over it", async () => {
    const run = runCli(["check", await rosterCarrying(dir, "no-rules-form.xlsx", { pack: noRulesPack() }), "--form", "送温暖"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("按 --form 指定的“送温暖慰问花名册”校验");
    expect(run.stdout).toContain("工作簿带有表式“送温暖慰问花名册”，未采用");
    expect(run.stdout).not.toContain("未发现错误");
  });

  it("saved rules that lower a minimum are not applied without the flag; the 列对应 is, and is listed", async () => {
    const settings = { rules: { minimums: [{ minYuan: 0 }] }, columnMap: { 联系电话: null } };
    const run = runCli(["check", await rosterCarrying(dir, "low-minimum.xlsx", settings)]);
    expect(run.stdout).toContain("未采用工作簿中保存的规则设置，它会放宽：最低标准");
    expect(run.stdout).toContain("已采用工作簿中保存的列对应 1 项：联系电话→不校验");
    expect(run.stdout).toMatch(/amount-below-minimum/);
    expect(run.code).toBe(1);
  });

  it("in a consolidation every file is checked with the receiving level's form; the one carrying another is named with the differences", async () => {
    const honest = await writeRoster(dir, "county-a.xlsx", cleanRows());
    const carrying = await rosterCarrying(dir, "county-b.xlsx", { pack: noRulesPack() });
    const run = runCli(["check", honest, carrying]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("county-b.xlsx：工作簿带有表式“送温暖慰问花名册”，未采用");
    expect(run.stdout).toMatch(/county-b\.xlsx[^\n]*\s[1-9]\d*\s/);
    const json = JSON.parse(runCli(["check", honest, carrying, "--json"]).stdout);
    expect(json.submissions.find((s: { file: string }) => s.file === "county-b.xlsx").errors).toBeGreaterThanOrEqual(6);
  });
});
