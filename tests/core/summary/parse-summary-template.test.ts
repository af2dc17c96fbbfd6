import { parseSummaryTemplate } from "../../../src/core/summary/parse-summary-template";
import { renderParsedSummary } from "../../../src/core/summary/render-summary";
import { HAMI, figures, region } from "./figures";

describe("parseSummaryTemplate", () => {
  it("parses once and renders many figures", () => {
    const parsed = parseSummaryTemplate("{#各地区}{地区}{户数}户{/各地区}");
    expect(renderParsedSummary(parsed, HAMI).text).toBe("地直55户、哈密市125户、巴里坤县176户、伊吾县44户");
    expect(renderParsedSummary(parsed, figures([region("伊州区", 7, 1, 7_000)])).text).toBe("伊州区7户");
  });

  it("renders ten thousand regions quickly", () => {
    const many = figures(Array.from({ length: 10_000 }, (_, i) => region(`地区${i}`, 1, 0, 1_000)));
    const parsed = parseSummaryTemplate("{金额万元}：{#各地区}{地区}{户数}户{金额万元}万元{金额大写}{/各地区}");
    const started = Date.now();
    const out = renderParsedSummary(parsed, many);
    expect(Date.now() - started).toBeLessThan(500);
    expect(out.text.startsWith("1000：地区0")).toBe(true);
  });
});
