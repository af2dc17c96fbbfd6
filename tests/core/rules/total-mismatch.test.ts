import { HEADER } from "../check/roster-fixture";
import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, flagged, person } from "../check/roster-fixture";

const total = (label: string, amount: number, region: string | null = null) => [label, region, null, null, null, null, null, null, amount];

describe("total-mismatch", () => {
  it("checks a 小计 against its region and 合计 against everything", () => {
    const result = checkRows([
      person({ region: "地直", amount: 1000 }, 0),
      person({ region: "哈密市", amount: 1200 }, 1),
      person({ region: "地直", amount: 1500 }, 2),
      total("地直小计", 2500),
      total("小计", 1300, "哈密市"),
      total("合计", 3700),
    ]);
    expect(flagged(result, "total-mismatch")).toEqual(["I6 total-mismatch"]);
    expect(result.issues[0].message).toBe("小计金额为1,300.00元，但哈密市的明细合计为1,200.00元：请核对小计或明细金额。");
  });

  it("covers the block since the previous total when a 小计 names no region", () => {
    const result = checkRows([person({ amount: 1000 }, 0), total("小计", 1000), person({ amount: 2000 }, 1), total("小计", 2500)]);
    expect(flagged(result, "total-mismatch")).toEqual(["I5 total-mismatch"]);
    expect(result.issues[0].params).toMatchObject({ statedYuan: "2,500.00", sumYuan: "2,000.00", scope: "第4行", scopeEn: "row 4" });
    expect(result.issues[0].message).toBe("小计金额为2,500.00元，但第4行的明细合计为2,000.00元：请核对小计或明细金额。");
  });

  it("names a block of several rows by its first and last row", () => {
    const result = checkRows([person({ amount: 1000 }, 0), person({ amount: 2000 }, 1), total("小计", 2500)]);
    expect(result.issues.find((i) => i.code === "total-mismatch")?.params).toMatchObject({ scope: "第2–3行", scopeEn: "rows 2–3" });
  });

  it("names the amounts stored as text when they are exactly what a SUM left out", () => {
    const result = checkRows([
      person({ region: "地直", amount: 1000, level: "市总" }, 0),
      person({ region: "地直", amount: "800元", level: "市总" }, 1),
      person({ region: "哈密市", amount: "700", level: "市总" }, 2),
      person({ region: "地直", amount: "500", level: "市总" }, 3),
      total("地直小计", 1000),
      total("合计", 1000),
    ]);
    expect(flagged(result, "total-mismatch")).toEqual(["I6 total-mismatch", "I7 total-mismatch"]);
    const [subtotal, grand] = result.issues.filter((i) => i.code === "total-mismatch");
    expect(subtotal.message).toBe(
      "地直小计金额为1,000.00元，但地直的明细合计为2,300.00元：差额正是I3、I5的1,300.00元——这些金额是文本，Excel 的求和（SUM）不计入。请把它们改为数字，地直小计会随之更新。",
    );
    expect(grand.messageEn).toContain("the gap is exactly the 2,000.00 yuan in I3, I4, I5, amounts stored as text");
  });

  it("does not blame text amounts for a gap they do not explain", () => {
    const result = checkRows([person({ amount: 1000, level: "市总" }, 0), person({ amount: "800元", level: "市总" }, 1), total("合计", 1500)]);
    expect(result.issues.find((i) => i.code === "total-mismatch")!.message).toBe("合计金额为1,500.00元，但全部的明细合计为1,800.00元：请核对合计或明细金额。");
  });

  it("accepts a total that matches the parseable amounts", () => {
    expect(flagged(checkRows([person({ amount: 1000 }), person({ amount: "x" }, 1), total("总计", 1000)]), "total-mismatch")).toEqual([]);
  });

  it("is recorded as a total row, not data", () => {
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: [HEADER, person(), total("合计", 1000)] });
    expect(result.totalRowNumbers).toEqual([3]);
    expect(result.dataRows).toBe(1);
  });
});
