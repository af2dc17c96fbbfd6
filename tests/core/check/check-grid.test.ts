import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { CARD, IDS, TODAY } from "./roster-fixture";

/** A 统计表 as a county sends it: title, unit line, two-row header, column numbers, subtotals, footer. */
const SHEET = [
  ["哈密市2025年元旦春节送温暖慰问花名册"],
  ["填报单位：哈密市总工会", null, null, null, null, null, null, "单位：元"],
  ["序号", "地区", "姓名", "身份证号码", "人员类别", "档案编号", "慰问金", null, "银行卡号", "户名"],
  [null, null, null, null, null, null, "金额", "发放方式", null, null],
  ["(甲)", "(乙)", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
  [1, "地直", "张三", IDS[0], "困难职工", "QZ001", 1000, "银行卡", CARD, "张三"],
  [2, "地直", "李四", IDS[1], "困难劳模", "", "1,500", "银行卡", CARD, "王五"],
  [null, "地直小计", null, null, null, null, 2500, null, null, null],
  [],
  [3, "伊吾县", "赵六", IDS[0], "一线职工", "", "800元", "现金", null, null],
  [4, "伊吾县", "钱七", IDS[2], "困难职工", "QZ004", "一千", "银行卡", null, null],
  [null, "伊吾县小计", null, null, null, null, 800, null, null, null],
  ["合  计", null, null, null, null, null, 4100, null, null, null],
  ["填表人：王芳", null, null, "审核人：李强"],
  [5, "地直", "孙八", IDS[3], "困难职工", "QZ009", 1000, "银行卡", CARD, "孙八"],
];

describe("checkGrid on a realistic county sheet", () => {
  const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "Sheet1", rows: SHEET, today: TODAY });

  it("finds the two-row header under the title and unit lines", () => {
    expect(result.headerRows).toEqual([3, 4]);
    expect(result.columns).toMatchObject({ name: 3, amount: 7, payMethod: 8, account: 9, accountHolder: 10 });
  });

  it("takes data rows only: not the column numbers, subtotals, blank line, total or anything after the footer", () => {
    expect(result.dataRowNumbers).toEqual([6, 7, 10, 11]);
    expect(result.totalRowNumbers).toEqual([8, 12, 13]);
    expect(result.lastRow).toBe(13);
  });

  it("flags exactly the defective cells", () => {
    expect(result.issues.map((i) => `${i.cell} ${i.code}`)).toEqual([
      "F7 archive-missing",
      "G7 amount-text",
      "J7 account-holder-mismatch",
      "I7 account-shared",
      "G10 amount-text",
      "H10 pay-method-not-bank",
      "D10 duplicate-person",
      "G11 amount-invalid",
      "I11 bank-account-missing",
      "G13 total-mismatch",
    ]);
  });

  it("tells the clerk both figures of a wrong total", () => {
    const mismatch = result.issues.find((i) => i.code === "total-mismatch");
    expect(mismatch?.message).toBe("合计金额为4,100.00元，但全部的明细合计为3,300.00元：请核对合计或明细金额。");
  });

  it("names the first row of a duplicate and shows the ID masked", () => {
    const duplicate = result.issues.find((i) => i.code === "duplicate-person");
    expect(duplicate?.message).toContain("第6行");
    expect(duplicate?.shownValue).toBe("652201********1235");
    expect(duplicate?.message).not.toContain(IDS[0]);
  });

  it("tallies per region and group, counting an unreadable amount as 0", () => {
    expect(result.regions).toEqual([
      { region: "地直", households: 2, modelWorkers: 1, amountFen: 250000 },
      { region: "伊吾县", households: 2, modelWorkers: 0, amountFen: 80000 },
    ]);
    expect(result.groups.map((g) => [g.group, g.households])).toEqual([["困难职工", 2], ["困难劳模", 1], ["一线职工", 1]]);
    expect(result.total).toEqual({ households: 4, modelWorkers: 1, amountFen: 330000 });
  });
});
