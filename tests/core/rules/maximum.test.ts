import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: maximum", () => {
  const rule = { kind: "maximum", field: "amount", by: ["level"], table: [{ when: { level: "高中" }, yuan: 3000 }] };

  it("flags an amount above the entry for the row's level", () => {
    const result = checkPack([rule], [{ level: "高中", amount: 3000.01 }]);
    expect(seen(result)).toEqual([`${COLUMN.amount}2 amount-above-maximum error`]);
    expect(result.issues[0].message).toBe("资助金额3000.01元高于高中的最高标准3000元：请按标准发放，不超过3000元。");
  });

  it("passes the maximum itself, and a level the table does not name", () => {
    expect(seen(checkPack([rule], [{ level: "高中", amount: 3000 }, { level: "本科", amount: 9000 }]))).toEqual([]);
  });
});
