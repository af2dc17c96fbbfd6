import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { flagged, HEADER, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const register = registerOf([family(0), family(1)]);
const check = (rows: ReturnType<typeof person>[]) => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, register });

describe("archive-number-omitted", () => {
  it("tells a row of a registered ID without its archive number which number to write", () => {
    const result = check([person({ archiveNo: "", group: "一线职工", level: "" }, 1)]);
    expect(flagged(result)).toEqual(["G2 archive-number-omitted"]);
    expect(result.issues[0].severity).toBe("warning");
    expect(result.issues[0].message).toBe("档案编号为空，但这个身份证号码已建档（档案表.xlsx 第4行）：请填写档案编号QZ1001。");
  });

  it("says nothing of an unregistered ID without a number (near miss)", () => {
    expect(flagged(check([person({ archiveNo: "", group: "一线职工", level: "" }, 4)]))).toEqual([]);
  });
});
