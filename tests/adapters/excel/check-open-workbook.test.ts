import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { cellAddress } from "../../../src/core/address";
import { generateRoster } from "../../fakes/generate-roster";
import { countyWorkbook, dataRow, HOUSEHOLDS, ID_COLUMN, TOWNSHIPS } from "./county-workbook";

describe("Excel: checking every roster sheet of the open workbook", () => {
  it("checks the three township sheets, lists the 封面 and the add-in's and hidden sheets as skipped, with reasons", async () => {
    const { model, host } = countyWorkbook();
    model.addGrid("旧名单", generateRows()).visibility = "Hidden";
    model.addGrid("校验结果", [["序号", "单元格", "问题"]]);
    model.addGrid("报表助手设置", [['{"minimums":{}}']]).visibility = "VeryHidden";

    const checked = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
    if ("error" in checked) throw checked.error;
    expect(checked.file).toBe(model.fileName);
    expect(checked.checked.map((result) => [result.sheet, result.dataRows])).toEqual(TOWNSHIPS.map((sheet) => [sheet, HOUSEHOLDS]));
    expect(checked.skipped).toEqual([
      { sheet: "封面", reason: "no-header" },
      { sheet: "旧名单", reason: "hidden" },
      { sheet: "校验结果", reason: "results" },
      { sheet: "报表助手设置", reason: "results" },
    ]);
    // Each issue is found on its own sheet: 城关镇 alone had defects planted.
    expect(checked.checked.map((result) => result.issues.filter((issue) => issue.severity === "error").length)).toEqual([0, expect.any(Number), 0]);
    expect(checked.checked[1].issues.length).toBeGreaterThan(10);
  });

  it("finds the person paid on two township sheets, naming the first sheet and cell", async () => {
    const { host } = countyWorkbook();
    const checked = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
    if ("error" in checked) throw checked.error;
    const consolidation = new Consolidation();
    for (const result of checked.checked) consolidation.add(checked.file, result);
    const duplicates = consolidation.finish().issues.filter((issue) => issue.code === "duplicate-person");
    expect(duplicates.map((issue) => [issue.sheet, issue.cell])).toEqual([["南关乡", cellAddress(dataRow(5), ID_COLUMN)]]);
    expect(duplicates[0].message).toContain(`清源镇!${cellAddress(dataRow(1), ID_COLUMN)}`);
  });

  // Per roster sheet: its used range, one block of values, the amount column's formats with the
  // merges; the 封面 only its used range and one block. One more lists the sheets.
  it("reads each sheet in the syncs a single check takes, whatever its rows", async () => {
    for (const households of [HOUSEHOLDS, 3_000]) {
      const { host, model, stats } = countyWorkbook({ apiVersion: "1.13", households });
      model.resetStats();
      const checked = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
      expect("checked" in checked && checked.checked.map((result) => result.dataRows)).toEqual([households, households, households]);
      expect(stats.syncs).toBe(1 + 3 * 3 + 2);
      expect(stats.runOptions).toHaveLength(1 + 4);
    }
  });

  it("checks a roster the clerk named 校验结果 when no other sheet is a roster, and still skips the add-in's own 校验结果(2)", async () => {
    const { model, host } = countyWorkbook();
    for (const sheet of TOWNSHIPS) model.removeSheet(sheet);
    model.addGrid("校验结果", generateRoster(HOUSEHOLDS, { seed: 11 }).rows);
    model.addGrid("校验结果(2)", [["序号", "单元格", "问题"]]);
    model.addGrid("校验结果 (3)", [["序号", "单元格", "问题"]]);

    const checked = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
    if ("error" in checked) throw checked.error;
    expect(checked.checked.map((result) => [result.sheet, result.dataRows])).toEqual([["校验结果", HOUSEHOLDS]]);
    expect(checked.skipped).toEqual([
      { sheet: "封面", reason: "no-header" },
      { sheet: "校验结果(2)", reason: "results" },
      { sheet: "校验结果 (3)", reason: "results" },
    ]);
  });

  it("says why nothing was checked when no sheet has a roster header", async () => {
    const { model, host } = countyWorkbook();
    for (const sheet of TOWNSHIPS) model.removeSheet(sheet);
    model.addGrid("说明", [["填表说明"], ["1. 金额以元为单位"]]);
    const checked = await host.checkOpenWorkbook!(SONGWENNUAN_TEMPLATE);
    expect("error" in checked && checked.error).toMatchObject({ code: "header-not-found", messageZh: expect.stringContaining("“封面”、“说明”") });
  });
});

function generateRows() {
  return [["序号", "地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"], [1, "伊吾县", "赵六", "11010519491231002X", "一线职工", 500, "现金"]];
}
