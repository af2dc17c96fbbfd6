import { fillingUnitOf, submissionUnit } from "../../../src/core/consolidate/filling-unit";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { person } from "../check/roster-fixture";
import { submission } from "./submissions";

const line = (...cells: (string | null)[]): SheetRow => ({ rowNumber: 2, cells, firstColumn: 1, hidden: false });

describe("填报单位", () => {
  it.each([
    ["填报单位：巴里坤县总工会", "巴里坤县总工会"],
    ["填报单位：巴里坤县总工会　　　　单位：元", "巴里坤县总工会"],
    ["填报单位（盖章）: 伊吾县总工会 单位：元", "伊吾县总工会"],
    ["单位名称：哈密市总工会", "哈密市总工会"],
  ])("reads %s as %s", (text, unit) => {
    expect(fillingUnitOf([line(text)])).toBe(unit);
  });

  it("takes the next cell when the label stands alone, but not the money unit", () => {
    expect(fillingUnitOf([line("填报单位：", null, "地直工委")])).toBe("地直工委");
    expect(fillingUnitOf([line("填报单位：", "单位：元")])).toBe("");
  });

  it("does not take a title or a 单位 column for the unit", () => {
    expect(fillingUnitOf([line("哈密地区送温暖花名册"), line("单位", "姓名")])).toBe("");
  });

  it("comes from the sheet's line, else the file name without extension, else the sheet name", () => {
    expect(submissionUnit("地直", "01-汇总.xlsx", "花名册")).toBe("地直");
    expect(submissionUnit(undefined, "伊吾县.xlsx", "花名册")).toBe("伊吾县");
    expect(submissionUnit(undefined, "reports/哈密市.csv", "哈密市")).toBe("哈密市");
    expect(submissionUnit(undefined, undefined, "清源镇")).toBe("清源镇");
  });

  it("leaves out the number a file is given to order the folder (01-, 02_ …), as the README advises", () => {
    // Before: the summary read “03-巴里坤县3户”, the 统计表 and 各单位核对 “03-巴里坤县”.
    expect(submissionUnit(undefined, "03-巴里坤县.xlsx", "花名册")).toBe("巴里坤县");
    expect(submissionUnit(undefined, "submissions/01_地直.csv", "01_地直")).toBe("地直");
    expect(submissionUnit(undefined, "2. 伊吾县.xlsx", "名单")).toBe("伊吾县");
    expect(submissionUnit(undefined, "12、城关区.xlsx", "名单")).toBe("城关区");
    // A number that is part of the name stays.
    expect(submissionUnit(undefined, "2025年送温暖.xlsx", "名单")).toBe("2025年送温暖");
    expect(submissionUnit(undefined, "01.xlsx", "名单")).toBe("01");
  });

  it("is found by the check on a line above the header, never below it", () => {
    expect(submission("名单", [person()], [["送温暖名单"], ["填报单位：淖毛湖镇工会", null, null, "单位：元"]]).fillingUnit).toBe("淖毛湖镇工会");
    expect(submission("名单", [person(), ["填报单位：不算"]]).fillingUnit).toBeUndefined();
  });
});
