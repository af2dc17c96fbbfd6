import { PLACEHOLDERS } from "../../../src/core/summary/placeholders";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { HAMI } from "./figures";

describe("PLACEHOLDERS", () => {
  it("lists every name of the documented language with a Chinese description", () => {
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual(["户数", "劳模户数", "金额万元", "金额亿元", "金额元", "金额大写", "地区", "类别", "单位", "单位全称", "地区数", "类别数", "在档户数", "已慰问在档户数", "覆盖率", "各地区", "各类别", "各单位"]);
    for (const p of PLACEHOLDERS) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(PLACEHOLDERS.map((p) => [p.name, p] as const))("%s can be inserted as listed, where listed", (_, p) => {
    for (const scope of p.scopes) {
      const template = scope === "top" ? p.syntax : `{#${scope}}${p.syntax}{/${scope}}`;
      expect(() => renderSummary(template, HAMI)).not.toThrow();
    }
  });
});
