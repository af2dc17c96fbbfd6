import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { flagged, HEADER, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const register = registerOf([family(0), family(1)]);
const check = (rows: ReturnType<typeof person>[]) => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, register });

describe("archive-not-registered", () => {
  it("flags an archive number the register does not have, at the row's archive-number cell, naming the register", () => {
    const result = check([person({}, 0), person({ archiveNo: "QZ9999" }, 2)]);
    expect(flagged(result)).toEqual(["G3 archive-not-registered"]);
    expect(result.issues[0].severity).toBe("error");
    expect(result.issues[0].message).toBe("档案表（档案表.xlsx）中没有这个档案编号：依档帮扶，请核对档案编号；确未建档的，先建档、后帮扶。");
  });

  it("passes the registered number however it is spaced or in full width (near miss)", () => {
    expect(flagged(check([person({ archiveNo: "ＱＺ 1000" }, 0)]))).toEqual([]);
  });

  it("names the number the row's ID is registered under, and its register line", () => {
    const result = check([person({ archiveNo: "QZ7777" }, 1)]);
    expect(flagged(result)).toEqual(["G2 archive-not-registered"]);
    expect(result.issues[0].message).toBe("档案表中没有这个档案编号；该身份证号码登记的档案编号是QZ1001（档案表.xlsx 第4行）：请改为QZ1001。");
  });

  it("checks nothing against a register when none is given", () => {
    expect(flagged(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, person({ archiveNo: "QZ9999" }, 2)], today: TODAY }))).toEqual([]);
  });
});
