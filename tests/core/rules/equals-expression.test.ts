import { parsePack } from "../../../src/core/template/load-pack";
import { checkStays, seen, stayPackJson, STAY_COLUMN } from "./pack-fixture";

describe("rule kind: equals-expression", () => {
  const product = { kind: "equals-expression", field: "mutualAid", expression: "自付金额 × 给付比例" };

  it("flags 互助金额 that is not 自付金额 × 给付比例, naming the columns by label and the figures", () => {
    const result = checkStays([product], [{ mutualAid: 2500 }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.mutualAid}2 expression-mismatch error`]);
    expect(result.issues[0].message).toBe("互助金额2,500.00元与自付金额×给付比例算得的2,400.00元不符（相差100.00元）：请核对后改正。");
    expect(result.issues[0].messageEn).toContain("differs from selfPaid×rate = 2,400.00 yuan");
  });

  it("passes the exact product, a rate written as 80%, and a 分 off within the tolerance", () => {
    expect(seen(checkStays([product], [{}, { rate: "80%" }, { selfPaid: 3000.01, rate: 0.8, mutualAid: 2400.01 }]))).toEqual([]);
    expect(seen(checkStays([{ ...product, toleranceFen: 1 }], [{ mutualAid: 2400.01 }]))).toEqual([]);
    // One 分 past the tolerance is a mismatch.
    expect(seen(checkStays([{ ...product, toleranceFen: 1 }], [{ mutualAid: 2400.02 }]))).toEqual([`${STAY_COLUMN.mutualAid}2 expression-mismatch error`]);
  });

  it("says nothing of a row whose operand is empty or unreadable (their own checks speak)", () => {
    const result = checkStays([product], [{ rate: null }, { rate: "八成" }]);
    expect(seen(result)).toEqual([`${STAY_COLUMN.rate}3 number-invalid error`]);
  });

  it("checks a sum of money columns (小计 = 慰问金 + 帮扶金) by keys as well", () => {
    const sum = { kind: "equals-expression", field: "mutualAid", expression: "totalCost - selfPaid" };
    expect(seen(checkStays([sum], [{ totalCost: 3000, selfPaid: 600, mutualAid: 2400 }]))).toEqual([]);
    expect(seen(checkStays([sum], [{ totalCost: 3000, selfPaid: 500, mutualAid: 2400 }]))).toEqual([`${STAY_COLUMN.mutualAid}2 expression-mismatch error`]);
  });

  it("refuses an expression that is not arithmetic of the form's fields, or does not come to an amount", () => {
    const refused = (expression: string) => () => parsePack(JSON.parse(JSON.stringify(stayPackJson([{ ...product, expression }]))));
    expect(refused("自付金额 × 报销比例")).toThrow("表达式中的“报销比例”不是本表的字段");
    expect(refused("eval(1)")).toThrow("表达式中的“eval”不是本表的字段");
    expect(refused("自付金额 × 给付比例; 1")).toThrow("表达式中不能有“;”");
    expect(refused("自付金额 + 给付比例")).toThrow("算式须算出一个金额");
    expect(refused("(自付金额 × 给付比例")).toThrow("括号不成对");
  });
});
