import { checkRows, flagged, person } from "../check/roster-fixture";

describe("amount-below-minimum", () => {
  it("flags 999.99 yuan for a 省总 household and names the minimum", () => {
    const result = checkRows([person({ level: "省总级", amount: 999.99 })]);
    expect(flagged(result, "amount-below-minimum")).toEqual(["I2 amount-below-minimum"]);
    expect(result.issues[0].message).toContain("最低标准1000元");
  });

  it("accepts exactly the minimum, and any amount for 市总", () => {
    expect(flagged(checkRows([person({ amount: 1000 }), person({ level: "市总", amount: 500 }, 1)]), "amount-below-minimum")).toEqual([]);
  });
});
