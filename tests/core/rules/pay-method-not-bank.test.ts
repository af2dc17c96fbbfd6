import { oneOfValues } from "../../../src/core/blank-form/one-of-values";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { SONGWENNUAN_PACK, SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, flagged, person } from "../check/roster-fixture";

/** How clerks write “paid into the recipient's own card or passbook”. */
const BANK_WORDS = ["打卡", "银行卡", "一卡通", "社保卡", "存折", "转账", "银行转账", "惠民惠农一卡通"];

describe("pay-method-not-bank", () => {
  it("warns about cash", () => {
    const result = checkRows([person({ payMethod: "现金", account: "" })]);
    expect(flagged(result)).toEqual(["J2 pay-method-not-bank"]);
    expect(result.issues[0].message).toContain("签领");
  });

  it("is quiet for 银行卡 and 存折", () => {
    expect(flagged(checkRows([person({ payMethod: "存折" })]), "pay-method-not-bank")).toEqual([]);
  });

  it("is quiet for the ways clerks write a card or passbook, with spaces or in full width", () => {
    const rows = [...BANK_WORDS, "银 行 卡", "一卡通　", "银行　转账"].map((payMethod, index) => person({ payMethod }, index));
    expect(flagged(checkRows(rows), "pay-method-not-bank")).toEqual([]);
  });

  it("still warns about 现金 and 代领, however spaced", () => {
    const rows = ["现金", "现 金", "代领", "他人代领"].map((payMethod, index) => person({ payMethod, account: "" }, index));
    expect(flagged(checkRows(rows), "pay-method-not-bank")).toEqual(["J2 pay-method-not-bank", "J3 pay-method-not-bank", "J4 pay-method-not-bank", "J5 pay-method-not-bank"]);
  });

  it("a word a pack lists both as a bank alias and as cash stays cash", () => {
    const payment = { ...SONGWENNUAN_PACK.payment!, bankAliases: ["现金"] };
    const template = packToTemplate({ ...SONGWENNUAN_PACK, payment });
    expect(flagged(checkRows([person({ payMethod: "现金", account: "" })], template), "pay-method-not-bank")).toEqual(["J2 pay-method-not-bank"]);
  });

  it("the blank form's dropdown keeps the canonical methods only", () => {
    expect(oneOfValues(SONGWENNUAN_TEMPLATE, "payMethod")).toEqual(["银行卡", "存折", "现金"]);
  });
});
