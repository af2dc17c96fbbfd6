import { checkGrid } from "../../../src/core/check/check-grid";
import { applyRuleOverrides } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, flagged, person, TODAY } from "../check/roster-fixture";

const wanSheet = (amount: number | string) =>
  checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: [["地区", "姓名", "慰问金额（万元）"], ["地直", "张三", amount]], today: TODAY });

describe("amount-implausible", () => {
  it("warns about an amount above the 20,000-yuan ceiling per household", () => {
    const [issue] = checkRows([person({ amount: 25000 })]).issues;
    expect(`${issue.cell} ${issue.code} ${issue.severity}`).toBe("I2 amount-implausible warning");
    expect(issue.message).toBe("慰问金额25,000.00元，超过每户20,000.00元的上限：请核对是否多打了0或填错了行。");
  });

  it("says nothing at the ceiling itself", () => {
    expect(flagged(checkRows([person({ amount: 20000 })]))).toEqual([]);
  });

  it("takes the ceiling from the template", () => {
    const template = applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { amountCeilingYuan: 5000 } });
    expect(flagged(checkRows([person({ amount: 6000 })], template))).toEqual(["I2 amount-implausible"]);
    expect(flagged(checkRows([person({ amount: 5000 })], template))).toEqual([]);
  });

  it("says yuan were typed into a 万元 column when the figure is 100 or more", () => {
    const [issue] = wanSheet(500).issues;
    expect(`${issue.cell} ${issue.code}`).toBe("C2 amount-implausible");
    expect(issue.message).toBe(
      "金额列的单位是万元，500万元即每户5,000,000.00元：多半是把元数填进了万元列，请改为0.05（万元），或把表头改为“慰问金额（元）”。",
    );
  });

  it("uses the plain message for a 万元 figure above the ceiling but under 100", () => {
    expect(wanSheet(3).issues.map((i) => i.message)).toEqual(["慰问金额30,000.00元，超过每户20,000.00元的上限：请核对是否多打了0或填错了行。"]);
    expect(wanSheet(0.15).issues).toEqual([]);
  });
});
