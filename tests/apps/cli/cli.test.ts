import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compoundFileBytes, gbkBytes, tempDir, zipBytes } from "../../adapters/xlsx/workbook-files";
import { cleanRows, HEADER, IDS, writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();

beforeAll(() => buildCli());

function withDefects(): (string | number | null)[][] {
  const rows = cleanRows();
  rows[0][6] = null; // 档案编号 of a 困难职工 at 省总 level
  rows[2][7] = 500; // under the 全总 minimum
  return rows;
}

async function loaded(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("report check", () => {
  it("exits 0 on a roster without errors and prints the report, subtotals and summary in Chinese", async () => {
    const run = runCli(["check", await writeRoster(dir, "clean.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("数据 3 行；错误 0 处，警告 3 处。");
    expect(run.stdout).toMatch(/哈密市\s+2\s+0\s+2,300\.00\s+0\.23/);
    expect(run.stdout).toMatch(/合计\s+3\s+0\s+3,300\.00\s+0\.33/);
    expect(run.stdout).toContain("本次全地区共走访慰问3名困难劳模及职工，其中：哈密市2户（劳模0户）、伊吾县1户（劳模0户）。");
    expect(run.stdout).toMatch(/【警告】非银行发放 pay-method-not-bank（3 处）\n\s+I3\s+现金/);
  });

  it("exits 1 with --json as exactly one JSON object of the documented shape", async () => {
    const run = runCli(["check", await writeRoster(dir, "defects.xlsx", withDefects()), "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["sheet", "headerRow", "dataRows", "issues", "groups", "byGroup", "total", "summary", "summaryCaveat", "skippedSheets", "uncheckedColumns", "template"]);
    expect(report).toMatchObject({ sheet: "名单", headerRow: 2, dataRows: 3 });
    expect(report.template).toMatchObject({ id: "songwennuan", name: "送温暖慰问花名册", chosenBy: "detected" });
    expect(report.template.reason.zh).toMatch(/^按表头识别为“送温暖慰问花名册”（17 列中认出 \d+ 列/);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        { cell: "G3", row: 3, field: "archiveNo", code: "archive-missing", severity: "error", message: expect.any(String) },
        { cell: "H5", row: 5, field: "amount", code: "amount-below-minimum", severity: "error", message: expect.stringContaining("1000") },
      ]),
    );
    expect(report.groups).toEqual([
      { region: "哈密市", households: 2, modelWorkers: 0, amountYuan: 2300 },
      { region: "伊吾县", households: 1, modelWorkers: 0, amountYuan: 500 },
    ]);
    expect(report.byGroup).toEqual([
      { group: "困难职工", households: 2, amountYuan: 2000 },
      { group: "一线职工", households: 1, amountYuan: 800 },
    ]);
    expect(report.total).toEqual({ households: 3, modelWorkers: 0, amountYuan: 2800 });
    expect(report.summary).toContain("将发放慰问金0.28万元");
  });

  it("gives amounts in yuan with their fen", async () => {
    const rows = cleanRows();
    rows[1][7] = "1,234.56元";
    const report = JSON.parse(runCli(["check", await writeRoster(dir, "fen.xlsx", rows), "--json"]).stdout);
    expect(report.groups[0].amountYuan).toBe(2734.56);
  });

  it("--out writes the annotated copy with the roster unchanged, flagged cells filled and the results sheets", async () => {
    const input = await writeRoster(dir, "to-annotate.xlsx", withDefects());
    const out = join(dir, "annotated.xlsx");
    const run = runCli(["check", input, "--out", out, "--json"]);
    expect(run.code).toBe(1);
    const [before, after] = [await loaded(input), await loaded(out)];
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(["名单", "校验结果", "分地区汇总"]);
    const values = (wb: ExcelJS.Workbook) => (wb.getWorksheet("名单")!.getSheetValues() as unknown[][]).map((row) => row?.slice(1));
    expect(values(after)).toEqual(values(before));
    const fill = (address: string) => (after.getWorksheet("名单")!.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("G3"), fill("H5"), fill("I3"), fill("B3")]).toEqual(["FFFFC7CE", "FFFFC7CE", "FFFFEB9C", undefined]);
    expect(after.getWorksheet("校验结果")!.rowCount).toBe(1 + JSON.parse(run.stdout).issues.length);
  });

  it("--public writes the 公示版 without IDs in full, phones or groups", async () => {
    const out = join(dir, "public.xlsx");
    expect(runCli(["check", await writeRoster(dir, "to-publish.xlsx"), "--public", out]).code).toBe(0);
    const sheet = (await loaded(out)).worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "地区", "姓名", "身份证号", "慰问金额"]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, "哈密市", "张三", "110105********002X", 1500]);
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).not.toContain(IDS[0]);
    expect(text).not.toContain("13812345678");
    expect(text).not.toContain("困难职工");
  });

  it("finds the roster on a later sheet and reports hidden rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("填表说明").getCell("A1").value = "请按表头填写";
    const input = await writeRoster(dir, "two-sheets.xlsx", cleanRows(), (sheet) => (sheet.getRow(4).hidden = true), workbook);
    const run = runCli(["check", input]);
    expect(run.stdout).toContain("工作表：名单");
    expect(run.stdout).toContain("有 1 行数据被隐藏或筛选掉（已一并校验）：第 4 行");
  });

  it("checks a CSV saved in GBK", () => {
    const path = join(dir, "名单.csv");
    const lines = [HEADER, ...cleanRows()].map((row) => row.map((cell) => cell ?? "").join(","));
    writeFileSync(path, gbkBytes(lines.join("\r\n") + "\r\n"));
    const report = JSON.parse(runCli(["check", path, "--json"]).stdout);
    expect(report.sheet).toBe("名单");
    expect(report.total).toEqual({ households: 3, modelWorkers: 0, amountYuan: 3300 });
  });

  it("exits 2 on a sheet name that does not exist, listing the sheets", async () => {
    expectUnusable(runCli(["check", await writeRoster(dir, "sheets.xlsx"), "--sheet", "汇总"]), "汇总", "“名单”");
  });

  it("exits 2 on a rules file with a bad key, naming it", async () => {
    const rules = join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ rules: { minimumz: [] } }));
    expectUnusable(runCli(["check", await writeRoster(dir, "rules.xlsx"), "--rules", rules]), "minimumz");
  });

  it("adds an alias from a GBK rules file to the built-in columns, and applies its minimums", async () => {
    const roster = await writeRoster(dir, "shequ.xlsx", withDefects(), (sheet) => (sheet.getCell("B2").value = "社区"));
    const rules = join(dir, "rules-gbk.json");
    writeFileSync(rules, gbkBytes(JSON.stringify({ fields: [{ key: "region", label: "地区", aliases: ["社区"], required: true }], rules: { minimums: [{ level: "全总", minYuan: 1500 }, { level: "省总", minYuan: 1500 }] } })));
    const run = runCli(["check", roster, "--rules", rules, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: { cell: string; code: string; message: string }[]; total: { amountYuan: number } };
    expect(report.issues.filter((i) => i.code !== "pay-method-not-bank").map((i) => `${i.cell} ${i.code}`)).toEqual([
      "G3 archive-missing",
      "H5 amount-below-minimum",
    ]);
    expect(report.issues.find((i) => i.code === "amount-below-minimum")!.message).toContain("最低标准1500元");
    expect(report.total.amountYuan).toBe(2800);
  });

  it("a header without 地区 (社区 instead) is checked: exit 1, one error naming 地区 and the headings it accepts, no alias offered for 社区", async () => {
    const roster = await writeRoster(dir, "shequ-no-rules.xlsx", cleanRows(), (sheet) => (sheet.getCell("B2").value = "社区"));
    const run = runCli(["check", roster, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: { cell: string; code: string; message: string }[]; dataRows: number };
    expect(report.issues.filter((issue) => issue.code !== "pay-method-not-bank").map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["A2 column-missing"]);
    expect(report.issues[0].message).toMatch(/^表头里没有地区列（可写作 地区\/所属地区\/.*）：各行的地区都未校验，其余各项照常校验。请补上这一列/);
    expect(report.dataRows).toBe(cleanRows().length);
  });

  it("exits 2 on a summary template with an unknown placeholder, naming it", async () => {
    const template = join(dir, "summary.txt");
    writeFileSync(template, "共慰问{人数}人");
    expectUnusable(runCli(["check", await writeRoster(dir, "summary.xlsx"), "--template", template]), "人数");
  });

  it("exits 2 on a missing file, an .xls, an encrypted workbook and a renamed .docx", () => {
    expectUnusable(runCli(["check", join(dir, "不存在.xlsx")]), "不存在.xlsx");
    const write = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    expectUnusable(runCli(["check", write("旧表.xls", compoundFileBytes(["Workbook"]))]), "另存为", ".xlsx");
    expectUnusable(runCli(["check", write("加密.xlsx", compoundFileBytes(["EncryptionInfo", "EncryptedPackage"]))]), "密码", "password");
    expectUnusable(runCli(["check", write("改名.xlsx", zipBytes({ "word/document.xml": "<w:document/>" }))]), "Word");
  });

  it("exits 2 when no sheet has a recognisable header", async () => {
    const path = join(dir, "no-header.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["编号", "名称"]);
    await workbook.xlsx.writeFile(path);
    expectUnusable(runCli(["check", path]), "Sheet1");
  });

  it("exits 2 with the usage hint on bad arguments", () => {
    expectUnusable(runCli([]), "check");
    expectUnusable(runCli(["check", "a.xlsx", "--colour"]), "--help");
    expect(runCli(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("--public") });
  });
});
