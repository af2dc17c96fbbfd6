import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeReportDocx } from "../../../src/adapters/docx/report-docx";
import { reportDocument } from "../../../src/core/report/report-document";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { tempDir } from "../xlsx/workbook-files";
import { docxParagraphs, docxPart, docxTables } from "./read-docx";
import { formInput, hamiRun, SIGNED } from "./report-run";

jest.setTimeout(180_000);

/** 篇3's two sentences as the seed writes them (its punctuation half-width; the report's is full-width, as the product writes). */
const SEED_1 =
  "(1)本次全地区共走访慰问400名困难劳模及职工,其中:地直55户(劳模2户)、哈密市125户(劳模25户)、巴里坤县176户(劳模48户)、伊吾县44户(劳模0户)。将发放慰问金27.4万元,其中:地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。";
const SEED_2 = "(2)全地区将为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。";
const SAMPLES = join(__dirname, "../../../assets/samples");
const halfWidth = (text: string) => text.normalize("NFKC");

describe("the built-in report (Word)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeReportDocx(reportDocument(await hamiRun()));
  });

  it("from the four units' 送温暖 submissions and the 76-person 劳模 roster: 篇3's two sentences, exactly", async () => {
    const paragraphs = (await docxParagraphs(bytes)).map(halfWidth);
    expect(paragraphs).toContain(SEED_1);
    expect(paragraphs).toContain(SEED_2);
  });

  it("reads as the report is laid out: title, 一 with a visible 【请填写】, 二, 三 with a table per form, the 落款", async () => {
    const paragraphs = await docxParagraphs(bytes);
    const at = (text: string) => paragraphs.indexOf(text);
    expect(paragraphs[0]).toBe("送温暖慰问活动总结");
    expect(at("一、活动开展情况")).toBe(1);
    expect(paragraphs[2]).toMatch(/^【请填写：活动开展情况/);
    expect(at("二、慰问人员及慰问金发放情况")).toBe(3);
    expect(at("三、统计表")).toBe(6);
    expect(at("表一　送温暖慰问花名册统计表（按单位、人员类别）")).toBeGreaterThan(6);
    expect(at("表二　劳模慰问名册统计表（按单位、劳模级别）")).toBeGreaterThan(at("表一　送温暖慰问花名册统计表（按单位、人员类别）"));
    // The 汇总 of four units is sent by the clerk's own unit, which no roster names.
    expect(paragraphs.slice(-2)).toEqual(["【请填写：填报单位】", "2026年1月23日"]);
    // 巴里坤县's 填表说明 sheet was not checked: the report says so before it goes up.
    expect(paragraphs.find((text) => text.startsWith("【请核实"))).toContain("03-巴里坤县.xlsx › 填表说明（没有名单表头）");
  });

  it("has the 统计表 as Word tables: 单位 × 人员类别, 户数 and 金额, a 合计 row and column, exact", () => {
    const [songwennuan, laomo] = docxTables(bytes);
    expect(songwennuan[0]).toEqual(["单位", "困难职工", "困难农民工", "一线职工", "困难劳模", "劳模", "劳务派遣工", "农民工", "合计", "其中劳模户数"]);
    // 单位 and 其中劳模户数 span both header rows: their second halves are Word's merged continuations.
    expect(songwennuan[1]).toEqual(["", ...Array.from({ length: 8 }, () => ["户数", "金额（元）"]).flat(), ""]);
    expect(docxPart(bytes, "word/document.xml")).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*<w:vMerge w:val="continue"\/>/);
    expect(songwennuan[2]).toEqual(["地直", "42", "46,000", "6", "6,000", "5", "6,000", "1", "2,000", "1", "1,000", "0", "0", "0", "0", "55", "61,000", "2"]);
    expect(songwennuan.slice(2).map((row) => [row[0], ...row.slice(-3)])).toEqual([
      ["地直", "55", "61,000", "2"],
      ["哈密市", "125", "70,000", "25"],
      ["巴里坤县", "176", "107,000", "48"],
      ["伊吾县", "44", "36,000", "0"],
      ["合计", "400", "274,000", "75"],
    ]);
    expect(laomo.slice(2)).toEqual([
      ["哈密地区总工会", "6", "24,000", "70", "180,000", "76", "204,000", "23"],
      ["合计", "6", "24,000", "70", "180,000", "76", "204,000", "23"],
    ]);
  });

  it("is set as such reports are: A4, 仿宋 body, 黑体 headings, 小标宋 title, page numbers in the footer", () => {
    const xml = docxPart(bytes, "word/document.xml");
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docxPart(bytes, "word/styles.xml")).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(docxPart(bytes, "word/footer1.xml")).toMatch(/PAGE/);
  });

  it("amounts with 角分 show them: every amount of the table with two decimals", async () => {
    const input = await hamiRun();
    const [songwennuan] = input.forms;
    const total = songwennuan.consolidated.crossTab.total;
    const crossTab = { ...songwennuan.consolidated.crossTab, total: { ...total, total: { ...total.total, amountFen: total.total.amountFen + 50 } } };
    const odd = { ...input, forms: [{ ...songwennuan, consolidated: { ...songwennuan.consolidated, crossTab } }] };
    const [table] = docxTables(await writeReportDocx(reportDocument(odd)));
    expect(table.at(-1)!.slice(-2)).toEqual(["274,000.50", "75"]);
    expect(table[2][2]).toBe("46,000.00");
  });

  it("LibreOffice opens each built-in report and converts it to PDF: the combined one and the report of each bundled form", async () => {
    const dir = tempDir();
    const samples = readdirSync(SAMPLES).filter((name) => name.endsWith(".xlsx") && !name.includes("defects"));
    const reports: [string, Uint8Array][] = [["combined.docx", bytes]];
    for (const template of BUNDLED_TEMPLATES) {
      // Each bundled form has a clean sample named after its id (songwennuan-hami.xlsx, jinqiu-zhuxue-tianmen.xlsx…).
      const sample = samples.find((name) => name.startsWith(`${template.id}-`));
      expect(sample).toBeDefined();
      const docx = await writeReportDocx(reportDocument({ forms: [await formInput(template.id, [join(SAMPLES, sample!)])], date: SIGNED }));
      expect((await docxParagraphs(docx))[0]).toBe(`${template.name.replace(/(花名册|名册|名单)$/, "")}活动总结`);
      reports.push([`${template.id}.docx`, docx]);
    }
    expect(reports).toHaveLength(1 + BUNDLED_TEMPLATES.length);
    for (const [name, docx] of reports) {
      const path = join(dir, name);
      writeFileSync(path, docx);
      expect(convertWithLibreOffice(path, "pdf")).toMatch(/\.pdf$/);
    }
    const jinqiu = reports.find(([name]) => name === "jinqiu-zhuxue.docx")![1];
    expect(await docxParagraphs(jinqiu)).toContain("共资助困难职工子女40名，其中本科14名、专科8名、高职6名、高中8名、义务教育4名，发放助学金15.8万元。");
  });
});
