import { ReportError } from "../../../src/core/errors";
import { BUILTIN_SUMMARIES } from "../../../src/core/summary/builtin-summaries";
import { defaultSummary } from "../../../src/core/summary/consolidation-summary";
import { renderParsedSummary, renderSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HAMI, figures, group, region } from "./figures";

const [byRegion, byGroup] = BUILTIN_SUMMARIES;

/** Seed summary 篇3, word for word. */
const SEED_SENTENCE =
  "本次全地区共走访慰问400名困难劳模及职工，其中：地直55户（劳模2户）、哈密市125户（劳模25户）、巴里坤县176户（劳模48户）、伊吾县44户（劳模0户）。" +
  "将发放慰问金27.4万元，其中：地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。";

describe("the built-in summaries", () => {
  it("reproduce the 哈密 sentence of the seed exactly", () => {
    expect(renderSummary(byRegion.text, HAMI)).toEqual({
      text: SEED_SENTENCE,
      warnings: [],
    });
  });

  it("write the per-group sentence of 篇4 with the amount in 大写", () => {
    expect(renderSummary(byGroup.text, HAMI).text).toBe(
      "本次共慰问困难职工180人，劳务派遣工120人，一线职工100人，共发放慰问金27.4万元（人民币贰拾柒万肆仟元整）。",
    );
  });
});

describe("the 各单位 section", () => {
  /** Four units' submissions whose rows name townships, not the units: 各地区 keeps its meaning. */
  const units = {
    ...figures([region("城关镇", 200, 30, 150_000), region("淖毛湖镇", 200, 45, 124_000)]),
    units: HAMI.regions.map(({ region: unit, ...tally }) => ({ unit, ...tally })),
  };

  it("writes the 篇3 sentence from the units' submissions: 送温暖's by-region sentence, spoken by unit", () => {
    expect(renderParsedSummary(defaultSummary(SONGWENNUAN_TEMPLATE, units.units.length), units)).toEqual({
      text: SEED_SENTENCE,
      warnings: [],
    });
    expect(renderSummary("{#各地区}{地区}{户数}户{/各地区}", units).text).toBe("城关镇200户、淖毛湖镇200户");
  });

  it("speaks of each unit by its short name, as clerks write it (城关区, not 城关区总工会（盖章）); {单位全称} keeps the line's name", () => {
    const signed = { ...units, units: units.units.map((unit) => ({ ...unit, unit: `${unit.unit}总工会（盖章）` })) };
    expect(renderParsedSummary(defaultSummary(SONGWENNUAN_TEMPLATE, signed.units.length), signed).text).toBe(SEED_SENTENCE);
    expect(renderSummary("{#各单位}{单位全称}{/各单位}", signed).text).toBe("地直总工会（盖章）、哈密市总工会（盖章）、巴里坤县总工会（盖章）、伊吾县总工会（盖章）");
  });

  it("repeats nothing for one sheet checked alone, and says the parts miss the total", () => {
    const out = renderSummary("共{户数}户：{#各单位}{单位}{户数}户{/各单位}", HAMI);
    expect(out.text).toBe("共400户：");
    expect(out.warnings).toEqual([expect.stringContaining("各单位的 {户数} 相加为 0，而全表为 400")]);
  });
});

describe("values", () => {
  it("shows the whole sheet outside sections and the current item inside", () => {
    const out = renderSummary("{地区数}个地区{户数}户：{#各地区}{地区}{户数}{/各地区}", HAMI);
    expect(out.text).toBe("4个地区400户：地直55、哈密市125、巴里坤县176、伊吾县44");
  });

  it("writes amounts in 元 and 大写 per item", () => {
    const out = renderSummary("{#各地区}{地区}{金额元}元（{金额大写}）{/各地区|；}", figures([region("地直", 1, 0, 1_409.5), region("伊吾县", 1, 0, 6_007.14)]));
    expect(out.text).toBe("地直1,409.50元（壹仟肆佰零玖元伍角）；伊吾县6,007.14元（陆仟零柒元壹角肆分）");
  });

  it("counts groups and model workers per group", () => {
    const f = figures([region("地直", 3, 1, 3_000)], [group("困难劳模", 1, 1, 1_000), group("困难职工", 2, 0, 2_000)]);
    expect(renderSummary("{类别数}类：{#各类别}{类别}{户数}户劳模{劳模户数}户{/各类别}", f).text).toBe("2类：困难劳模1户劳模1户、困难职工2户劳模0户");
  });

  it("writes a provincial total in 亿元 as 3.45亿元, not 3亿4500万元, and warns when rounded parts miss it", () => {
    const province = figures([region("甲市", 1, 0, 172_500_000), region("乙市", 1, 0, 172_500_000)]);
    const out = renderSummary("共发放{金额亿元}亿元，其中：{#各地区}{地区}{金额亿元}亿元{/各地区}。", province);
    expect(out.text).toBe("共发放3.45亿元，其中：甲市1.73亿元、乙市1.73亿元。");
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toContain("四舍五入成亿元后相加为 3.46 亿元，而合计显示 3.45 亿元");
  });

  it("tolerates spaces inside the braces", () => {
    expect(renderSummary("{ 户数 }户{# 各地区 }{ 地区 }{/ 各地区 }", HAMI).text).toBe("400户地直、哈密市、巴里坤县、伊吾县");
  });

  it("renders an empty section when the sheet has no rows", () => {
    expect(renderSummary("共{户数}户：{#各地区}{地区}{/各地区}。", figures([])).text).toBe("共0户：。");
  });
});

describe("separators and literal braces", () => {
  it.each([
    ["{#各地区}{地区}{/各地区}", "地直、哈密市、巴里坤县、伊吾县"],
    ["{#各地区}{地区}{/各地区|，}", "地直，哈密市，巴里坤县，伊吾县"],
    ["{#各地区}{地区}{/各地区|}", "地直哈密市巴里坤县伊吾县"],
    ["{#各地区}{地区}{/各地区| 和 }", "地直 和 哈密市 和 巴里坤县 和 伊吾县"],
    ["{#各地区}{地区}{/各地区|\n}", "地直\n哈密市\n巴里坤县\n伊吾县"],
  ])("%j joins as %j", (template, text) => {
    expect(renderSummary(template, HAMI).text).toBe(text);
  });

  it("writes {{ and }} as braces", () => {
    expect(renderSummary("{{户数}} 是 {户数}，{{{户数}}}", HAMI).text).toBe("{户数} 是 400，{400}");
  });

  it("keeps full-width braces as text and warns that they are not placeholders", () => {
    const out = renderSummary("共｛户数｝户", HAMI);
    expect(out.text).toBe("共｛户数｝户");
    expect(out.warnings).toEqual([expect.stringContaining("全角花括号")]);
  });
});

describe("parts that do not add up to the total", () => {
  const rounded = figures([region("甲", 1, 0, 14_950), region("乙", 1, 0, 14_950), region("丙", 1, 0, 14_950)]);

  it("says so when rounded 万元 parts miss the rounded total", () => {
    const out = renderSummary(byRegion.text, rounded);
    expect(out.text).toContain("将发放慰问金4.49万元，其中：甲1.5万元、乙1.5万元、丙1.5万元。");
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toContain("4.5 万元，而合计显示 4.49 万元");
    expect(out.warnings[0]).toContain("add up to 4.5 but the total shows 4.49");
  });

  it("does not warn when the total is not shown beside the parts", () => {
    expect(renderSummary("{#各地区}{地区}{金额万元}万元{/各地区}", rounded).warnings).toEqual([]);
  });

  it("warns once per section and value, even if the section repeats", () => {
    const out = renderSummary("{金额万元}{#各地区}{金额万元}{/各地区}{#各地区}{金额万元}{/各地区}", rounded);
    expect(out.warnings).toHaveLength(1);
  });

  it("says so when households of the groups miss the total (rows without a group)", () => {
    const f = { ...figures([region("地直", 3, 0, 3_000)]), groups: [group("困难职工", 2, 0, 2_000)] };
    const out = renderSummary(byGroup.text, f);
    expect(out.warnings).toEqual([]);
    const withTotal = renderSummary("共{户数}户：{#各类别}{类别}{户数}户{/各类别}", f);
    expect(withTotal.warnings).toEqual([expect.stringContaining("各类别的 {户数} 相加为 2，而全表为 3")]);
  });
});

describe("template errors", () => {
  function errorOf(template: string): ReportError {
    try {
      renderSummary(template, HAMI);
    } catch (error) {
      if (error instanceof ReportError) return error;
      throw error;
    }
    throw new Error("no error thrown");
  }

  it("names an unknown placeholder, its position and the valid ones", () => {
    const error = errorOf("共{人数}人");
    expect(error.code).toBe("summary-placeholder-unknown");
    expect(error.messageZh).toBe(
      "总结模板第 2 个字符处：无法识别占位符 {人数}；是不是要写 {户数}？可用的占位符有：{户数}、{劳模户数}、{金额万元}、{金额亿元}、{金额元}、{金额大写}、{地区数}、{类别数}、{在档户数}、{已慰问在档户数}、{覆盖率}、{#各地区}、{#各类别}、{#各单位}",
    );
    expect(error.messageEn).toContain("unknown placeholder {人数}; did you mean {户数}? Valid: {户数}");
  });

  it("says where a placeholder belongs when it is used outside it", () => {
    const error = errorOf("{地区}共{户数}户");
    expect(error.code).toBe("summary-placeholder-unknown");
    expect(error.messageZh).toContain("{地区} 只能写在 {#各地区}…{/各地区} 里面");
  });

  it("lists what is valid inside a section", () => {
    const error = errorOf("{#各地区}{类别}{/各地区}");
    expect(error.messageZh).toContain("{类别} 只能写在 {#各类别}…{/各类别} 里面");
    expect(error.messageZh).toContain("在 {#各地区} 里可用的占位符有：{户数}、{劳模户数}、{金额万元}、{金额亿元}、{金额元}、{金额大写}、{地区}");
  });

  it("names an unknown section", () => {
    const error = errorOf("{#各街道}{/各街道}");
    expect(error.code).toBe("summary-placeholder-unknown");
    expect(error.messageZh).toContain("{#各街道}");
  });

  it.each([
    ["共{户数户", "第 2 个字符处：“{”没有对应的“}”"],
    ["共{户{数}户", "第 2 个字符处：“{”没有对应的“}”"],
    ["共}户", "第 2 个字符处：单独的“}”"],
    ["{#各地区}{地区}", "第 1 个字符处：{#各地区} 没有结束"],
    ["{地区数}{/各地区}", "第 6 个字符处：{/各地区} 前面没有对应的 {#各地区}"],
    ["{#各地区}{地区}{/各类别}", "第 11 个字符处：{/各类别} 与第 1 个字符处的 {#各地区} 不配对"],
    ["{#各地区}{#各类别}{/各类别}{/各地区}", "第 7 个字符处：{#各类别} 不能写在 {#各地区}…{/各地区} 里面"],
  ])("rejects %j", (template, message) => {
    const error = errorOf(template);
    expect(error.code).toBe("summary-template-invalid");
    expect(error.messageZh).toContain(message);
    expect(error.messageEn).toMatch(/character \d+/);
  });
});
