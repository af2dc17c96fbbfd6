import { ReportError } from "../../../src/core/errors";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { summaryDimensions } from "../../../src/core/summary/summary-dimensions";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HAMI } from "./figures";

const DIMENSIONS = summaryDimensions(SONGWENNUAN_TEMPLATE);

describe("summary placeholders from the template's dimensions", () => {
  it("loops over a dimension by its own name, as {#各地区} does", () => {
    const byName = renderSummary("{#地区}{地区}{户数}户{/地区}", HAMI, DIMENSIONS);
    expect(byName).toEqual(renderSummary("{#各地区}{地区}{户数}户{/各地区}", HAMI));
    expect(byName.text).toBe("地直55户、哈密市125户、巴里坤县176户、伊吾县44户");
  });

  it("names the current value by the dimension's name inside its loop", () => {
    expect(renderSummary("{#人员类别}{人员类别}{户数}人{/人员类别|，}", HAMI, DIMENSIONS).text).toBe("困难职工180人，劳务派遣工120人，一线职工100人");
  });

  it("refuses a dimension the template does not have, like any unknown placeholder", () => {
    expect(() => renderSummary("{#入学层次}{户数}{/入学层次}", HAMI, DIMENSIONS)).toThrow(ReportError);
  });
});

describe("summary values picked by name", () => {
  it("takes a region's or a group's figure by its name", () => {
    expect(renderSummary("地直{地直.金额万元}万元，困难职工{困难职工.户数}户。", HAMI, DIMENSIONS)).toEqual({
      text: "地直6.1万元，困难职工180户。",
      warnings: [],
    });
  });

  it("says when a name is found nowhere, counting it 0 (near miss of a typo)", () => {
    const rendered = renderSummary("{地值.户数}户", HAMI);
    expect(rendered.text).toBe("0户");
    expect(rendered.warnings).toEqual([expect.stringContaining("表中没有名为“地值”的地区、类别或单位")]);
  });

  it("says when a name is both a region and a group, and does not guess", () => {
    const figures = { ...HAMI, groups: [...HAMI.groups, { group: "地直", households: 3, modelWorkers: 0, amountFen: 300000 }] };
    const rendered = renderSummary("{地直.户数}", figures);
    expect(rendered.text).toBe("0");
    expect(rendered.warnings).toEqual([expect.stringContaining("“地直”既是地区又是类别")]);
  });

  it("only picks quantities: {地直.地区} is an unknown placeholder", () => {
    expect(() => renderSummary("{地直.地区}", HAMI)).toThrow(ReportError);
  });
});
