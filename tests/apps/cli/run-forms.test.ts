import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
beforeAll(() => buildCli());

const SAMPLES = "assets/samples";

describe("report forms --from and --check", () => {
  it("drafts a pack from the 医疗互助 sample's header which, its guesses accepted, checks the sample exactly", () => {
    const out = join(dir, "医疗互助.json");
    const drafted = runCli(["forms", "--from", `${SAMPLES}/yiliao-huzhu-hami.xlsx`, "--out", out]);
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toContain("医疗总费用（元）：金额，不计入合计，元，必填");
    expect(drafted.stdout).toContain("互助金额（元）：金额，计入合计，元，必填");
    expect(drafted.stdout).toContain("算式：互助金额 = 自付金额 × 给付比例");
    expect(JSON.parse(readFileSync(out, "utf8")).fields).toHaveLength(13);

    const clean = runCli(["check", "--form", out, `${SAMPLES}/yiliao-huzhu-hami.xlsx`]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("结论：未发现错误。合计 37 户，76,085.00 元。");
    const defects = runCli(["check", "--form", out, "--json", `${SAMPLES}/yiliao-huzhu-hami-defects.xlsx`]);
    expect(defects.code).toBe(1);
    const cells = (JSON.parse(defects.stdout).issues as { cell: string; code: string }[]).map((issue) => `${issue.cell} ${issue.code}`).sort();
    expect(cells).toEqual(["D30 too-many-records", "D32 id-invalid", "H9 date-order", "K14 number-invalid", "L6 expression-mismatch", "M33 account-checksum"]);
  });

  it("will not overwrite a pack already there without --force", () => {
    const out = join(dir, "已有.json");
    writeFileSync(out, "{}");
    const run = runCli(["forms", "--from", `${SAMPLES}/kunnan-bangfu-hami.xlsx`, "--out", out]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("{}");
    expect(runCli(["forms", "--from", `${SAMPLES}/kunnan-bangfu-hami.xlsx`, "--out", out, "--force"]).code).toBe(0);
  });

  it("--check passes a shipped pack, and refuses one with money left ambiguous, naming the fields (exit 1)", () => {
    const ok = runCli(["forms", "--check", "assets/templates/yiliao-huzhu.json"]);
    expect([ok.code, ok.stdout]).toEqual([0, "yiliao-huzhu.json：可以使用——“职工医疗互助给付明细”，14 列，5 条规则 / usable\n"]);
    const pack = JSON.parse(readFileSync("assets/templates/yiliao-huzhu.json", "utf8"));
    delete pack.fields[11].sum;
    pack.rules[0].tolerance = 1;
    const path = join(dir, "坏.json");
    writeFileSync(path, JSON.stringify(pack));
    const bad = runCli(["forms", "--check", path]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.split("\n")).toEqual([
      "坏.json：有误，不能使用（2 处）/ refused:",
      expect.stringMatching(/^ {2}错误 rules\[0\]\.tolerance: 未知的键，可用：kind、field、expression、toleranceFen/),
      expect.stringMatching(/^ {2}错误 fields: 有3个金额字段：医疗总费用（元）（totalCost）、自付金额（元）（selfPaid）、互助金额（元）（mutualAid）/),
      "",
    ]);
  });

  it("--from without --out is a usage error", () => {
    expectUnusable(runCli(["forms", "--from", `${SAMPLES}/yiliao-huzhu-hami.xlsx`]), "--out");
  });
});
