import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSavedSettings } from "../../../src/adapters/xlsx/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { FieldKey } from "../../../src/core/fields";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { IDS } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
beforeAll(() => buildCli());

type Entry = Partial<Record<FieldKey, string | number>>;

/** Types rows into a blank form the CLI made, by field, as a county clerk would, and saves a copy. */
async function fill(blank: string, name: string, entries: readonly Entry[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(blank);
  const sheet = workbook.worksheets[0];
  const columnOf = (key: FieldKey) => SONGWENNUAN_TEMPLATE.fields.find((f) => f.key === key)!.label;
  const header = (sheet.getRow(3).values as unknown[]).map(String);
  entries.forEach((entry, i) => {
    for (const [key, value] of Object.entries(entry)) sheet.getCell(4 + i, header.indexOf(columnOf(key as FieldKey))).value = value;
  });
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const GOOD: Entry[] = [
  { seq: 1, region: "哈密市", name: "张三", idNumber: IDS[0], group: "困难职工", archiveLevel: "省总", archiveNo: "000123", amount: 1500, payMethod: "银行卡", account: "6222020200112233446", accountHolder: "张三", phone: "13812345678" },
  { seq: 2, region: "伊吾县", name: "李四", idNumber: IDS[1], group: "困难劳模", archiveLevel: "全总", archiveNo: "000124", amount: 1000, payMethod: "存折", account: "6217001234567890122", accountHolder: "李四", phone: "0902-2231234" },
];

describe("report blank", () => {
  const blank = join(dir, "blank.xlsx");

  it("writes the blank form and says what it holds; report forms lists the form", async () => {
    const run = runCli(["blank", "--form", "送温暖", "--out", blank, "--rows", "20"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("送温暖慰问花名册，17 列，20 行空白；12 列带填写规则");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(blank);
    expect(workbook.worksheets[0].getCell("K23").dataValidation).toMatchObject({ type: "decimal" });
    expect(workbook.worksheets[0].getCell("K24").dataValidation).toBeUndefined();
    expect(runCli(["forms"]).stdout).toContain("songwennuan / 送温暖\t送温暖慰问花名册");
  });

  it("never replaces an existing file unless --force is given", () => {
    const existing = join(dir, "filled-by-clerk.xlsx");
    writeFileSync(existing, "a clerk's work");
    expectUnusable(runCli(["blank", "--form", "songwennuan", "--out", existing]), existing, "--force");
    expect(readFileSync(existing, "utf8")).toBe("a clerk's work");
    expect(runCli(["blank", "--form", "songwennuan", "--out", existing, "--force"]).code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses an unknown form, a bad row count, a missing --out and another command's options, writing nothing", () => {
    expectUnusable(runCli(["blank", "--form", "夏送清凉", "--out", join(dir, "x.xlsx")]), "夏送清凉", "songwennuan / 送温暖");
    expectUnusable(runCli(["blank", "--form", "送温暖", "--out", join(dir, "y.xlsx"), "--rows", "2.5"]), "--rows");
    expectUnusable(runCli(["blank", "--form", "送温暖"]), "--out");
    expectUnusable(runCli(["blank", "--form", "送温暖", "--out", join(dir, "z.xlsx"), "--json"]), "blank 不接受 --json");
    expectUnusable(runCli(["check", join(dir, "z.xlsx"), "--rows", "5"]), "check 不接受 --rows");
    expect(["x.xlsx", "y.xlsx", "z.xlsx"].some((name) => existsSync(join(dir, name)))).toBe(false);
  });

  it("puts a province's --rules into the form: its minimums in 填报说明 and in the embedded template", async () => {
    const rules = join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ rules: { minimums: [{ level: "全总", minYuan: 1500 }] } }));
    const out = join(dir, "province.xlsx");
    expect(runCli(["blank", "--form", "送温暖", "--out", out, "--rules", rules]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const lines: string[] = [];
    workbook.getWorksheet("填报说明")!.getColumn(1).eachCell((cell) => lines.push(String(cell.value)));
    expect(lines.join("\n")).toContain("最低慰问标准：全总每户不低于 1,500 元。");
    expect(await readSavedSettings(readFileSync(out))).toMatchObject({ rules: { minimums: [{ level: "全总", minYuan: 1500 }] } });
  });

  it("filled with good rows, the form checks clean", async () => {
    const run = runCli(["check", await fill(blank, "good.xlsx", GOOD), "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ headerRow: 3, dataRows: 2, issues: [], total: { households: 2, amountYuan: 2500 } });
  });

  it("filled with bad rows, the check names each one", async () => {
    const bad: Entry[] = [
      ...GOOD,
      { seq: 3, region: "哈密市", name: "王五", idNumber: IDS[2], group: "困难职工", archiveLevel: "全总", amount: 500, payMethod: "银行卡", account: "6222020200112233446", accountHolder: "王六" },
      { seq: 4, region: "哈密市", name: "赵六", idNumber: "110105194912310021", amount: 800, payMethod: "现金" },
    ];
    const run = runCli(["check", await fill(blank, "bad.xlsx", bad), "--json"]);
    expect(run.code).toBe(1);
    const issues = (JSON.parse(run.stdout).issues as { cell: string; code: string }[]).map((issue) => `${issue.cell} ${issue.code}`).sort();
    expect(issues).toEqual(
      [
        "I6 archive-missing", // 全总 and 困难职工 without 档案编号
        "K6 amount-below-minimum", // 500 < 1,000 at 全总
        "O6 account-holder-mismatch", // 户名 王六 ≠ 王五
        "N6 account-shared", // 张三's card under another name
        "E7 id-invalid", // wrong check digit
        "L7 pay-method-not-bank",
      ].sort(),
    );
  });
});
