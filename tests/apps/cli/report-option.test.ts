import { Document, Packer, Paragraph, TextRun } from "docx";
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docxParagraphs, docxTables } from "../../adapters/docx/read-docx";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(180_000);

const dir = tempDir();
const SUBMISSIONS = "assets/samples/submissions";
const LAOMO = "assets/samples/laomo-weiwen-hami.xlsx";
const SENTENCE_1 =
  "（1）本次全地区共走访慰问400名困难劳模及职工，其中：地直55户（劳模2户）、哈密市125户（劳模25户）、巴里坤县176户（劳模48户）、伊吾县44户（劳模0户）。" +
  "将发放慰问金27.4万元，其中：地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。";
const SENTENCE_2 = "（2）全地区将为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。";

beforeAll(() => buildCli());

describe("report check over rosters of several forms", () => {
  it("checks each file as its own form: a section per form, the 劳模 roster not compared with the 送温暖 ones", () => {
    const run = runCli(["check", LAOMO, SUBMISSIONS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^==== 1\/2：劳模慰问名册（1 份名单） ====\n按表头识别为“劳模慰问名册”/);
    expect(run.stdout).toContain("\n==== 2/2：送温暖慰问花名册（5 份名单） ====\n按表头识别为“送温暖慰问花名册”");
    expect(run.stdout).toContain("为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。");
    expect(run.stdout).toContain("本次全地区共走访慰问400名困难劳模及职工");
    expect(run.stdout).not.toContain("duplicate-person");
  });

  it("--json is one object per form under forms, each with today's keys", () => {
    const run = runCli(["check", SUBMISSIONS, LAOMO, "--json"]);
    const parsed = JSON.parse(run.stdout);
    expect(Object.keys(parsed)).toEqual(["forms"]);
    expect(parsed.forms.map((form: { template: { id: string }; total: { households: number } }) => [form.template.id, form.total.households])).toEqual([
      ["songwennuan", 400],
      ["laomo-weiwen", 76],
    ]);
    expect(Object.keys(parsed.forms[0])).toEqual(Object.keys(JSON.parse(runCli(["check", SUBMISSIONS, "--json"]).stdout)));
  });

  it("--report writes 篇3's report: both sentences, a 统计表 per form, whichever order the files are named in", async () => {
    const path = join(dir, "报告.docx");
    const stats = join(dir, "统计表.xlsx");
    const run = runCli(["check", LAOMO, SUBMISSIONS, "--report", path, "--stats", stats]);
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(path));
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain(SENTENCE_1);
    expect(paragraphs).toContain(SENTENCE_2);
    expect(paragraphs.indexOf(SENTENCE_1)).toBeLessThan(paragraphs.indexOf(SENTENCE_2));
    expect(docxTables(bytes).map((table) => table.at(-1)!.slice(-3))).toEqual([
      ["400", "274,000", "75"],
      ["76", "204,000", "23"],
    ]);

    // --stats: the same tables in Excel, a sheet per form, the header's spans merged, numbers that sum.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(stats) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["统计表-送温暖慰问", "统计表-劳模慰问"]);
    const sheet = workbook.getWorksheet("统计表-送温暖慰问")!;
    const values = (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
    // exceljs reads a merged cell as its master's value.
    expect(values[0].slice(0, 3)).toEqual(["单位", "困难职工", "困难职工"]);
    expect(values[1].slice(1, 3)).toEqual(["户数", "金额（元）"]);
    expect(values.slice(2).map((row) => [row[0], ...row.slice(-3)])).toEqual([
      ["地直", 55, 61000, 2],
      ["哈密市", 125, 70000, 25],
      ["巴里坤县", 176, 107000, 48],
      ["伊吾县", 44, 36000, 0],
      ["合计", 400, 274000, 75],
    ]);
    expect(sheet.getCell("A2").isMerged && sheet.getCell("B1").isMerged && sheet.getCell("C1").master.address).toBe("B1");
  });

  it("--report-template fills the clerk's Word template and says on stderr what is left to fill", async () => {
    const template = join(dir, "范文.docx");
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun("慰问困难职工{困难职工."), new TextRun({ text: "户数}人，困难党员{困难党员.户数}人，劳模{劳模慰问.户数}名。", bold: true })] })] }],
    });
    writeFileSync(template, new Uint8Array(await Packer.toArrayBuffer(document)));
    const out = join(dir, "填好的报告.docx");
    const run = runCli(["check", SUBMISSIONS, LAOMO, "--report", out, "--report-template", template]);
    expect(run.code).toBe(0);
    expect(await docxParagraphs(new Uint8Array(readFileSync(out)))).toEqual(["慰问困难职工192人，困难党员【请填写：困难党员.户数】人，劳模76名。"]);
    expect(run.stderr).toContain("报告：{困难党员.户数}：这次的名单里没有这个数，已留作 【请填写：困难党员.户数】");
  });

  it("--report-template's {填报单位} is the --unit-name; without one it is the visible 【请填写：填报单位】, said on stderr", async () => {
    const template = join(dir, "落款范文.docx");
    const document = new Document({ sections: [{ children: [new Paragraph("{填报单位}：劳模{劳模慰问.户数}名。")] }] });
    writeFileSync(template, new Uint8Array(await Packer.toArrayBuffer(document)));
    const signed = join(dir, "落款报告.docx");
    expect(runCli(["check", LAOMO, "--report", signed, "--report-template", template, "--unit-name", "哈密市总工会"]).code).toBe(0);
    expect(await docxParagraphs(new Uint8Array(readFileSync(signed)))).toEqual(["哈密市总工会：劳模76名。"]);
    const unsigned = join(dir, "未落款报告.docx");
    const run = runCli(["check", LAOMO, "--report", unsigned, "--report-template", template]);
    expect(run.code).toBe(0);
    expect(await docxParagraphs(new Uint8Array(readFileSync(unsigned)))).toEqual(["【请填写：填报单位】：劳模76名。"]);
    expect(run.stderr).toContain("{填报单位}：没有给出报告的填报单位");
  });

  it("--unit-name signs the report (落款 and title); without it the 落款 is a visible mark, though the roster names its own unit", async () => {
    const signed = join(dir, "署名的报告.docx");
    expect(runCli(["check", LAOMO, "--report", signed, "--unit-name", "哈密市总工会"]).code).toBe(0);
    const paragraphs = await docxParagraphs(new Uint8Array(readFileSync(signed)));
    expect(paragraphs[0]).toBe("哈密市总工会劳模慰问活动总结");
    expect(paragraphs.at(-2)).toBe("哈密市总工会");
    const unsigned = join(dir, "未署名的报告.docx");
    expect(runCli(["check", LAOMO, "--report", unsigned]).code).toBe(0);
    expect((await docxParagraphs(new Uint8Array(readFileSync(unsigned)))).at(-2)).toBe("【请填写：填报单位】");
    expectUnusable(runCli(["check", LAOMO, "--unit-name", "哈密市总工会"]), "--unit-name 要和 --report 一起用");
  });

  it("refuses --out and --public over several forms, and a --report that is not .docx, writing nothing", () => {
    const out = join(dir, "汇总.xlsx");
    expectUnusable(runCli(["check", SUBMISSIONS, LAOMO, "--out", out]), "2 种报表", "送温暖慰问花名册", "劳模慰问名册", "--form");
    expect(existsSync(out)).toBe(false);
    expectUnusable(runCli(["check", SUBMISSIONS, "--report", join(dir, "报告.doc")]), "--report 应为 .docx 文件");
    expectUnusable(runCli(["check", SUBMISSIONS, "--report-template", join(dir, "范文.docx")]), "--report-template 要和 --report 一起用");
  });

  it("an unknown placeholder in the template is exit 2 naming it and its paragraph, and no report is written", async () => {
    const template = join(dir, "写错的范文.docx");
    const document = new Document({ sections: [{ children: [new Paragraph("标题"), new Paragraph("共筹集{筹集金额}万元")] }] });
    writeFileSync(template, new Uint8Array(await Packer.toArrayBuffer(document)));
    const out = join(dir, "不应写出.docx");
    expectUnusable(runCli(["check", SUBMISSIONS, "--report", out, "--report-template", template]), "报告模板正文第 2 段“共筹集”之后", "{筹集金额}");
    expect(existsSync(out)).toBe(false);
  });
});
