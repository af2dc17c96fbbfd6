import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, IDS, writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
beforeAll(() => buildCli());

const SONGWENNUAN_JSON = readFileSync(join(__dirname, "../../../assets/templates/songwennuan.json"), "utf8");

function packFile(name: string, pack: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

describe("report forms and --form", () => {
  it("report forms lists every bundled pack: what --form takes, its name and its columns", () => {
    const run = runCli(["forms"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "songwennuan / 送温暖\t送温暖慰问花名册（17 列）",
      "jinqiu-zhuxue / 金秋助学\t金秋助学资助名单（17 列）",
      "laomo-weiwen / 劳模慰问\t劳模慰问名册（17 列）",
      "kunnan-jiating / 困难家庭\t困难家庭慰问名册（11 列）",
      "yiliao-huzhu / 医疗互助\t职工医疗互助给付明细（14 列）",
      "kunnan-bangfu / 帮扶台账\t困难职工帮扶台账（12 列）",
    ]);
  });

  it("says in the report which form was detected from the header, and why", async () => {
    const run = runCli(["check", await writeRoster(dir, "detected.xlsx")]);
    expect(run.stdout.split("\n")[0]).toMatch(/^按表头识别为“送温暖慰问花名册”（17 列中认出 10 列；其次“.+”\d+ 列）。$/);
  });

  it("refuses a header of columns every roster has (exit 2), listing the candidate forms and what each lacks; --form checks it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "家庭住址", "金额"]);
    sheet.addRow(["哈密市", "张三", IDS[0], "天山路1号", 500]);
    const path = join(dir, "generic.xlsx");
    await workbook.xlsx.writeFile(path);
    expectUnusable(runCli(["check", path]), "generic.xlsx：表头不足以认定是哪种报表", "“送温暖慰问花名册”认出 4 列，缺少能认定它的列（人员类别、是否劳模、发放方式，至少一列）", "--form",
      // A roster of a form not shipped (两癌筛查, 车票补贴) is told how to make its own form, not only to pick one that does not fit.
      "没有合适的报表时，可按表头生成模板草稿：report forms --from generic.xlsx --out 本表.json", "report forms --from generic.xlsx --out form.json");
    const chosen = runCli(["check", path, "--json", "--form", "困难家庭"]);
    expect(JSON.parse(chosen.stdout).template).toMatchObject({ id: "kunnan-jiating", chosenBy: "name" });
  });

  it("a 困难职工帮扶台账 fitting 10 of 送温暖's columns is not checked as 送温暖: no advice to delete its second record", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("帮扶台账");
    sheet.addRow(["序号", "档案编号", "姓名", "性别", "身份证号码", "工作单位", "困难类别", "建档级别", "帮扶类型", "帮扶日期", "帮扶金额", "帮扶内容", "经办人", "联系电话", "备注"]);
    sheet.addRow([1, "DA-0001", "张三", "男", IDS[0], "哈密市机务段", "深度困难", "市总", "生活救助", "2024-01-10", 800, "春节生活救助", "李四", "13912345678", ""]);
    sheet.addRow([2, "DA-0001", "张三", "男", IDS[0], "哈密市机务段", "深度困难", "市总", "助学", "2024-08-20", 2000, "子女助学", "李四", "13912345678", ""]);
    const path = join(dir, "bangfu-taizhang.xlsx");
    await workbook.xlsx.writeFile(path);
    // With the 困难职工帮扶台账 pack shipped, its own columns (帮扶类型, 帮扶日期…) identify it.
    const run = runCli(["check", path, "--json"]);
    const report = JSON.parse(run.stdout) as { template: { id: string; chosenBy: string }; issues: { code: string; message: string }[] };
    expect(report.template).toMatchObject({ id: "kunnan-bangfu", chosenBy: "detected" });
    expect(report.issues.map((issue) => issue.code)).not.toContain("duplicate-person");
    expect(report.issues.map((issue) => issue.message).join("")).not.toContain("删除");
  });

  it("--form by short name or id checks with that form and says so", async () => {
    const path = await writeRoster(dir, "named.xlsx");
    const byName = JSON.parse(runCli(["check", path, "--json", "--form", "送温暖"]).stdout);
    expect(byName.template).toEqual({
      id: "songwennuan",
      name: "送温暖慰问花名册",
      chosenBy: "name",
      reason: { zh: "按 --form 指定的“送温暖慰问花名册”校验", en: "checked as 送温暖慰问花名册, named by --form" },
      savedSettings: [],
    });
    expect(byName.dataRows).toBe(cleanRows().length);
    // --form wins over the header: 金秋助学 needs 学生姓名, which a 送温暖 roster lacks.
    expectUnusable(runCli(["check", path, "--form", "jinqiu-zhuxue"]), "学生姓名");
  });

  it("an unknown form name is refused, listing the forms", async () => {
    expectUnusable(runCli(["check", await writeRoster(dir, "unknown.xlsx"), "--form", "夏送清凉"]), "夏送清凉", "金秋助学");
  });

  it("a province's own pack file is used, and named as the form", async () => {
    const pack = { ...JSON.parse(SONGWENNUAN_JSON), id: "xinjiang-songwennuan", name: "新疆送温暖花名册" };
    const run = runCli(["check", await writeRoster(dir, "own-pack.xlsx"), "--json", "--form", packFile("xinjiang.json", pack)]);
    expect(JSON.parse(run.stdout).template).toMatchObject({ id: "xinjiang-songwennuan", name: "新疆送温暖花名册", chosenBy: "file" });
  });

  it("a bad pack file is refused before the roster is read, with one message per bad key", async () => {
    const pack = JSON.parse(SONGWENNUAN_JSON);
    pack.dimensions[0].field = "county";
    pack.rules.push({ kind: "ceiling", field: "remark", yuan: 100 });
    pack.colour = "red";
    const run = runCli(["check", await writeRoster(dir, "bad-pack.xlsx"), "--form", packFile("bad.json", pack)]);
    expectUnusable(run, "dimensions[0].field", "未知字段 county", `rules[${pack.rules.length - 1}].field`, "colour");
  });

  it("a pack file that is not JSON is named as such", async () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ fields: [");
    expectUnusable(runCli(["check", await writeRoster(dir, "broken-pack.xlsx"), "--form", path]), "模板包", "broken.json", "不是有效的 JSON");
  });

  it("a 送温暖 roster checked as the wrong form: the header is not found, and the form it looks like is named", async () => {
    const roster = await writeRoster(dir, "wrong-form.xlsx");
    expectUnusable(runCli(["check", roster, "--form", "金秋助学"]), "缺少 学生姓名", "这张表更像“送温暖慰问花名册”", "--form songwennuan", "looks like 送温暖慰问花名册");
  });
});
