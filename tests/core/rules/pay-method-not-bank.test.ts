import { checkRows, flagged, person } from "../check/roster-fixture";

describe("pay-method-not-bank", () => {
  it("warns about cash", () => {
    const result = checkRows([person({ payMethod: "现金", account: "" })]);
    expect(flagged(result)).toEqual(["J2 pay-method-not-bank"]);
    expect(result.issues[0].message).toContain("签领");
  });

  it("is quiet for 银行卡 and 存折", () => {
    expect(flagged(checkRows([person({ payMethod: "存折" })]), "pay-method-not-bank")).toEqual([]);
  });
});
