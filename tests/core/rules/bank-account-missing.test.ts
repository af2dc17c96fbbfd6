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

describe("bank-account-missing under another word for a card", () => {
  it("asks for the account of a row paid by 打卡 or 一卡通", () => {
    const result = checkRows([person({ payMethod: "打卡", account: "" }, 0), person({ payMethod: "惠民惠农一卡通", account: "" }, 1)]);
    expect(flagged(result, "bank-account-missing")).toEqual(["K2 bank-account-missing", "K3 bank-account-missing"]);
  });
});
