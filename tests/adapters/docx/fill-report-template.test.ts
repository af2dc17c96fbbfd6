import { Document, Footer, Packer, Paragraph, TextRun } from "docx";
import { fillReportTemplate } from "../../../src/adapters/docx/fill-report-template";
import { ReportError } from "../../../src/core/errors";
import type { ReportInput } from "../../../src/core/report/report-input";
import { docxParagraphs, docxPart } from "./read-docx";
import { formInput, hamiRun, SIGNED, submissionPaths } from "./report-run";

jest.setTimeout(120_000);

/**
 * A Word template as a clerk makes one: each paragraph given as the runs Word stores it in, so a
 * placeholder may be split across runs (Word does so when spell-checking or editing mid-word).
 */
async function template(paragraphs: readonly (readonly string[])[], footer?: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        ...(footer === undefined ? {} : { footers: { default: new Footer({ children: [new Paragraph(footer)] }) } }),
        children: paragraphs.map((runs) => new Paragraph({ children: runs.map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) })),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** 篇4 with its x's as placeholders; 困难党员 is a category no roster of the run has. */
const UNIT_4 = [
  ["xxx局："],
  ["三、慰问活动开展情况"],
  [
    "在2018年送温暖活动中，我局共筹集款物共计{金额",
    "万元}万元，慰问困难职工{困难职工.",
    "户数}人，劳务派遣工{劳务派遣工.户数}人，一线职工{一",
    "线职工.户数}人；其中为困难党员{困难党员.户数}人每人发放慰问金{困难党员.金额元}元。",
  ],
  ["其中：{#各单位}{单位}{户数}户{/各单位|，}。"],
  ["另为{劳模慰问.户数}名劳模发放{劳模慰问.金额万元}万元；送温暖合计{送温暖.金额元}元。"],
];

describe("the clerk's own Word template, filled", () => {
  let input: ReportInput;
  beforeAll(async () => {
    input = await hamiRun();
  });

  it("fills 篇4's slots from the run, split runs and all; a figure no roster holds stays 【请填写：…】", async () => {
    const { bytes, notes } = fillReportTemplate(await template(UNIT_4), "范文.docx", input);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toEqual([
      "xxx局：",
      "三、慰问活动开展情况",
      "在2018年送温暖活动中，我局共筹集款物共计27.4万元，慰问困难职工192人，劳务派遣工15人，一线职工46人；其中为困难党员【请填写：困难党员.户数】人每人发放慰问金【请填写：困难党员.金额元】元。",
      "其中：地直55户，哈密市125户，巴里坤县176户，伊吾县44户。",
      "另为76名劳模发放20.4万元；送温暖合计274,000.00元。",
    ]);
    expect(notes).toEqual([
      "{困难党员.户数}：这次的名单里没有这个数，已留作 【请填写：困难党员.户数】",
      "{困难党员.金额元}：这次的名单里没有这个数，已留作 【请填写：困难党员.金额元】",
    ]);
    // What the clerk set is kept: the bold runs are still bold.
    expect(docxPart(bytes, "word/document.xml")).toContain("<w:b/>");
  });

  it("a figure of a form not in the run is 【请填写】 too, never 0", async () => {
    const onlySongwennuan = { forms: [await formInput("songwennuan", submissionPaths())], date: SIGNED };
    const { bytes } = fillReportTemplate(await template([["劳模{劳模慰问.户数}名，{劳模慰问.金额万元}万元。"]]), "范文.docx", onlySongwennuan);
    expect(await docxParagraphs(bytes)).toEqual(["劳模【请填写：劳模慰问.户数】名，【请填写：劳模慰问.金额万元】万元。"]);
  });

  it("{填报单位} is the unit the clerk gave (--unit-name, the page's 落款 field); none given, it is the visible 【请填写：填报单位】", async () => {
    const signedBy = await template([["{填报单位}关于2018年送温暖活动的总结"], ["{#各单位}{单位}{/各单位|、}"], ["{ 填报单位 }"]]);
    const signed = fillReportTemplate(signedBy, "范文.docx", { ...input, unit: "哈密市总工会" });
    expect(await docxParagraphs(signed.bytes)).toEqual(["哈密市总工会关于2018年送温暖活动的总结", "地直、哈密市、巴里坤县、伊吾县", "哈密市总工会"]);
    expect(signed.notes).toEqual([]);
    // A roster names the unit that filled it, not the one that sends the report up: blank is not guessed from it.
    const unsigned = fillReportTemplate(signedBy, "范文.docx", { ...input, unit: "  " });
    const paragraphs = await docxParagraphs(unsigned.bytes);
    expect([paragraphs[0], paragraphs[2]]).toEqual(["【请填写：填报单位】关于2018年送温暖活动的总结", "【请填写：填报单位】"]);
    expect(unsigned.notes).toEqual(["{填报单位}：没有给出报告的填报单位（--unit-name，页面和窗格里的“报告的填报单位（落款）”），已留作 【请填写：填报单位】"]);
  });

  it("a section over whole paragraphs repeats them; a name in two forms is not guessed", async () => {
    const { bytes, notes } = fillReportTemplate(await template([["{#各地区}"], ["{地区}：{户数}户，{金额元}元"], ["{/各地区|}"], ["哈密市{哈密市.户数}户"]]), "范文.docx", input);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs.slice(0, 4)).toEqual(["地直：55户，61,000.00元", "哈密市：125户，70,000.00元", "巴里坤县：176户，107,000.00元", "伊吾县：44户，36,000.00元"]);
    expect(paragraphs[4]).toBe("哈密市【请填写：哈密市.户数】户");
    expect(notes[0]).toContain("“哈密市”在几份名单里都有");
  });

  it("an unknown placeholder suggests the nearest known one, in Chinese and English", async () => {
    const errorOf = async (paragraphs: readonly (readonly string[])[]): Promise<ReportError> => {
      try {
        fillReportTemplate(await template(paragraphs), "范文.docx", input);
      } catch (error) {
        if (error instanceof ReportError) return error;
        throw error;
      }
      throw new Error("no error thrown");
    };
    const unit = await errorOf([["落款：{单位}"]]);
    expect(unit.messageZh).toContain("{单位} 只能写在 {#各单位}…{/各单位} 里面；是不是要写 {填报单位}？");
    expect(unit.messageEn).toContain("did you mean {填报单位}?");
    expect(unit.messageZh).toContain("{填报单位}、");
    const people = await errorOf([["共慰问{人数}人"]]);
    expect(people.messageZh).toContain("无法识别占位符 {人数}；是不是要写 {户数}？");
    expect(people.messageEn).toContain("unknown placeholder {人数}; did you mean {户数}?");
    expect((await errorOf([["{送温暖.金额}万元"]])).messageZh).toContain("是不是要写 {送温暖.金额元}？");
    expect((await errorOf([["{#各县}{/各县}"]])).messageZh).toContain("无法识别占位符 {#各县}；是不是要写 {#各地区}？");
    expect((await errorOf([["{筹集款物}"]])).messageZh).not.toContain("是不是要写");
  });

  it("an unknown placeholder is an error naming it and its paragraph; the footer is read too", async () => {
    const bytesOf = await template([["xxx局："], ["我局共筹集{筹集", "金额}万元"]]);
    const unknown = () => fillReportTemplate(bytesOf, "范文.docx", input);
    expect(unknown).toThrow(ReportError);
    expect(unknown).toThrow(/报告模板正文第 2 段“我局共筹集”之后：无法识别占位符 \{筹集金额\}/);
    const inFooter = await template([["正文"]], "第{页码}页");
    expect(() => fillReportTemplate(inFooter, "范文.docx", input)).toThrow(/报告模板页脚第 1 段“第”之后：无法识别占位符 \{页码\}/);
    const misplaced = await template([["{地区}"]]);
    expect(() => fillReportTemplate(misplaced, "范文.docx", input)).toThrow(/\{地区\} 只能写在 \{#各地区\}…\{\/各地区\} 里面/);
  });

  it("a broken brace or a file that is not Word is a clear error naming the template", async () => {
    expect(() => fillReportTemplate(new TextEncoder().encode("not a docx"), "范文.docx", input)).toThrow(/报告模板 范文\.docx 无法使用：不是 Word 文档/);
    const unclosed = await template([["共{户数"]]);
    expect(() => fillReportTemplate(unclosed, "范文.docx", input)).toThrow(/报告模板 范文\.docx 无法使用：.*花括号不成对/);
  });
});
