import { defaultSummary } from "../../../src/core/summary/consolidation-summary";
import { renderParsedSummary, renderSummary } from "../../../src/core/summary/render-summary";
import { summaryDimensions } from "../../../src/core/summary/summary-dimensions";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { figures, group, region } from "./figures";

const LAOMO = BUNDLED_TEMPLATES.find((template) => template.id === "laomo-weiwen")!;
const reportSentence = LAOMO.summaries.find((summary) => summary.id === "report")!.text;

/** 14 劳模 of 城关区: 3 全国, 7 省部级, 4 地市级 (8.6 万元). */
const MIXED = figures([region("城关区", 14, 5, 86_000)], [group("全国", 3, 1, 30_000), group("省部级", 7, 3, 42_000), group("地市级", 4, 1, 14_000)]);
/** The seed's 76: 6 全国 and 70 省部级. */
const HIGH = figures([region("哈密", 76, 23, 204_000)], [group("全国", 6, 0, 18_000), group("省部级", 70, 23, 186_000)]);

describe("the 劳模 sentence states only what the rows show", () => {
  it("says 自治区级以上 when every row is 全国 or 省部级, as the seed does", () => {
    expect(renderParsedSummary(defaultSummary(LAOMO, 1), HIGH).text).toBe("为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。");
    expect(renderSummary(reportSentence, HIGH, summaryDimensions(LAOMO)).text).toBe("全地区将为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。");
  });

  it("names the levels when a 地市级 劳模 is among them, never calling all 14 自治区级以上", () => {
    expect(renderParsedSummary(defaultSummary(LAOMO, 1), MIXED).text).toBe("为14名劳模（其中全国劳模3人、省部级劳模7人、地市级劳模4人）发放春节慰问金、特殊困难帮扶金8.6万元。");
    expect(renderSummary(reportSentence, MIXED, summaryDimensions(LAOMO)).text).toBe(
      "全地区将为14名劳模（其中全国劳模3人、省部级劳模7人、地市级劳模4人）发放春节慰问金、特殊困难帮扶金8.6万元。",
    );
  });

  it("a template says a condition on a dimension's values: {?劳模级别:全国,省部级}…{/?} and its opposite {!…}…{/!}", () => {
    const dimensions = summaryDimensions(LAOMO);
    const text = "{?劳模级别:全国,省部级}都是{/?}{!劳模级别:全国,省部级}不都是{/!}";
    expect(renderSummary(text, HIGH, dimensions).text).toBe("都是");
    expect(renderSummary(text, MIXED, dimensions).text).toBe("不都是");
    // No 劳模级别 counted at all: neither claim is made.
    expect(renderSummary(text, figures([region("城关区", 3, 0, 3000)]), dimensions).text).toBe("");
    expect(() => renderSummary("{?劳模级别:全国}{?劳模级别:全国}{/?}{/?}", HIGH, dimensions)).toThrow("不能写在");
    expect(() => renderSummary("{?级别:全国}{/?}", HIGH, dimensions)).toThrow("无法识别");
    expect(() => renderSummary("{?劳模级别:全国}", HIGH, dimensions)).toThrow("没有结束");
  });
});
