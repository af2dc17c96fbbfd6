import { RegisterBuilder } from "../../../src/core/register/register-reader";
import { IDS } from "../check/roster-fixture";
import { family, registerOf, REGISTER_HEADER } from "./register-fixture";

describe("RegisterBuilder", () => {
  it("finds the header below a title and reads one family per archive number, the ID as compared", () => {
    const register = registerOf([family(0), family(1, { id: "340524800101001", status: "已解困脱困" })]);
    expect(register.archiveNos).toEqual(["QZ1000", "QZ1001"]);
    expect(register.idKeys).toEqual([IDS[0], "34052419800101001X"]);
    expect(Array.from(register.closed)).toEqual([0, 1]);
    expect(Array.from(register.lines)).toEqual([3, 4]);
  });

  it("takes the national system's own words (职工编号, 档案类别, 状态) for its columns", () => {
    const builder = new RegisterBuilder();
    const sheet = builder.sheet("档案.csv", "档案");
    sheet.pushRow(1, ["职工编号", "职工姓名", "档案类别", "状态", "建档级别"]);
    sheet.pushRow(2, ["HM-01", "王五", "深度困难", "在档", "市总"]);
    sheet.pushRow(3, ["合计", "1户"]);
    sheet.pushRow(4, ["填表人：李"]);
    sheet.pushRow(5, ["HM-02", "不是数据"]);
    expect(sheet.finish()).toBe(true);
    const register = builder.build();
    expect(register.archiveNos).toEqual(["HM-01"]);
    expect(register.levels).toEqual(["市总"]);
  });

  it("keeps the first of a repeated archive number and counts the repeat", () => {
    const register = registerOf([family(0), family(0, { name: "李四" })]);
    expect(register.names).toEqual(["张三"]);
    expect(register.repeatedLines).toBe(1);
  });

  it("lists a sheet without a register header as not read, with the core's message of what it lacks", () => {
    const builder = new RegisterBuilder();
    const sheet = builder.sheet("档案.xlsx", "说明");
    sheet.pushRow(1, ["本表说明"]);
    expect(sheet.finish()).toBe(false);
    expect(builder.build().skipped).toEqual([{ file: "档案.xlsx", sheet: "说明", reason: "no-header" }]);
    expect(builder.headerRefusals()[0].messageZh).toContain("档案编号");
    expect(REGISTER_HEADER).toContain("档案状态");
  });
});
