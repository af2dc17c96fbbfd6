import { checkPack, COLUMN, seen } from "./pack-fixture";

describe("rule kind: ceiling", () => {
  const rule = { kind: "ceiling", field: "amount", yuan: 20000 };

  it("questions an amount above it, as a warning", () => {
    const result = checkPack([rule], [{ amount: 50000 }]);
    expect(seen(result)).toEqual([`${COLUMN.amount}2 amount-implausible warning`]);
    expect(result.issues[0].message).toBe("资助金额50,000.00元，超过20,000.00元的上限：请核对是否多打了0或填错了行。");
  });

  it("passes the ceiling itself", () => {
    expect(seen(checkPack([rule], [{ amount: 20000 }]))).toEqual([]);
  });
});
