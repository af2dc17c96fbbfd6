import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { flagged, HEADER, IDS, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const check = (register: ReturnType<typeof registerOf>, rows: ReturnType<typeof person>[]) =>
  checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, register });

describe("archive-person-mismatch", () => {
  it("flags another ID under the row's archive number, naming the register line", () => {
    const result = check(registerOf([family(0, { id: IDS[3] })]), [person({}, 0)]);
    expect(flagged(result)).toEqual(["G2 archive-person-mismatch"]);
    expect(result.issues[0].message).toBe("档案表（档案表.xlsx 第3行）中这个档案编号登记的是另一人（身份证号码不同）：请核对档案编号和身份证号码。");
    expect(result.issues[0].message).not.toContain(IDS[3]);
  });

  it("flags another name where the IDs agree or one is missing", () => {
    const result = check(registerOf([family(0, { name: "李四" })]), [person({}, 0)]);
    expect(flagged(result)).toEqual(["G2 archive-person-mismatch"]);
    expect(result.issues[0].messageEn).toContain("under another name");
  });

  it("takes an old 15-digit ID in the register and its 18-digit form on the roster for one person", () => {
    // 340524800101001 became 34052419800101001X.
    const register = registerOf([family(0, { id: "340524800101001" })]);
    expect(flagged(check(register, [person({ id: "34052419800101001X" }, 0)]))).toEqual([]);
    const legacyRow = registerOf([family(0, { id: "34052419800101001X" })]);
    expect(flagged(check(legacyRow, [person({ id: "340524800101001" }, 0)])).filter((f) => !f.endsWith("id-legacy"))).toEqual([]);
  });

  it("passes the same person with spaces in the name (near miss)", () => {
    expect(flagged(check(registerOf([family(0, { name: "张 三" })]), [person({}, 0)]))).toEqual([]);
  });
});
