import { checkRows, flagged, person } from "../check/roster-fixture";

describe("bank-account-missing", () => {
  it("flags 银行卡, 存折 and an empty method without an account", () => {
    const result = checkRows([person({ account: "" }, 0), person({ payMethod: "存折", account: "" }, 1), person({ payMethod: "", account: "" }, 2)]);
    expect(flagged(result, "bank-account-missing")).toEqual(["K2 bank-account-missing", "K3 bank-account-missing", "K4 bank-account-missing"]);
  });

  it("leaves 现金 rows to the cash warning", () => {
    expect(flagged(checkRows([person({ payMethod: "现金", account: "" })]), "bank-account-missing")).toEqual([]);
  });
});
