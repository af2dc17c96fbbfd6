import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { flagged, HEADER, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const check = (register: ReturnType<typeof registerOf>, rows: unknown[][], header = HEADER) =>
  checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [header, ...(rows as never[])], today: TODAY, register });

describe("archive-level-mismatch", () => {
  it("flags the row's level where the register has another, saying both", () => {
    const result = check(registerOf([family(0, { level: "省总" })]), [person({ level: "全总" }, 0)]);
    expect(flagged(result)).toEqual(["F2 archive-level-mismatch"]);
    expect(result.issues[0].message).toBe("建档级别填的是全总，档案表（档案表.xlsx 第3行）登记为省总：请改为省总；最低慰问标准按省总核对。");
  });

  it("passes 全总级 against 全总 (near miss)", () => {
    expect(flagged(check(registerOf([family(0, { level: "全总级" })]), [person({ level: "全总" }, 0)]))).toEqual([]);
  });

  it("checks the minimum at the registered level: a 市总 row registered at 省总 is below the 省总 minimum", () => {
    // 送温暖: 全总 and 省总 at least 1000 yuan; 市总 has no minimum.
    const result = check(registerOf([family(0, { level: "省总" })]), [person({ level: "市总", amount: 500 }, 0)]);
    expect(flagged(result)).toEqual(["F2 archive-level-mismatch", "I2 amount-below-minimum"]);
    expect(result.issues[1].message).toContain("低于省总级困难职工的最低标准1000元");
  });

  it("uses the registered level for the minimum when the roster has no level column", () => {
    const header = HEADER.map((text) => (text === "建档级别" ? "备用" : text));
    const result = check(registerOf([family(0, { level: "省总" })]), [person({ level: "", amount: 500 }, 0), person({ level: "", amount: 500, archiveNo: "" }, 1)], header);
    expect(flagged(result, "amount-below-minimum")).toEqual(["I2 amount-below-minimum"]);
  });
});
