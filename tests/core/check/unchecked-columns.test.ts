import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const LAOMO = packToTemplate(parsePack(laomoJson));

/** A 劳模 roster a clerk added columns to: 奖章编号 (text), 获评次数 (numbers), 备用金额 (set to 不校验). */
const ROWS = [
  ["地区", "姓名", "身份证号码", "劳模级别", "奖章编号", "慰问金", "获评次数", "银行卡号", "户名", "备用金额"],
  ["城关区", "张三", "11010519491231002X", "全国", "JZ-01", 2000, 2, "6222021234567890128", "张三", 500],
];

describe("the columns a check did not read", () => {
  it("are named in the result, numeric ones first, each with its reason", () => {
    const result = checkGrid(LAOMO, { sheet: "劳模", rows: ROWS, columnMap: { 备用金额: null }, today: new Date(Date.UTC(2025, 0, 15)) });
    expect(result.uncheckedColumns).toEqual([
      { column: 7, heading: "获评次数", reason: "unknown", numeric: true },
      { column: 10, heading: "备用金额", reason: "not-checked", numeric: true },
      { column: 5, heading: "奖章编号", reason: "unknown", numeric: false },
    ]);
  });

  it("a second column of a field is named as such, and a roster of known columns has none", () => {
    const twice = [["地区", "姓名", "身份证号码", "劳模级别", "慰问金", "银行卡号", "户名", "姓名"], ["城关区", "张三", "11010519491231002X", "全国", 2000, "6222021234567890128", "张三", "张三"]];
    expect(checkGrid(LAOMO, { sheet: "劳模", rows: twice }).uncheckedColumns).toEqual([{ column: 8, heading: "姓名", reason: "repeated", numeric: false }]);
    expect(checkGrid(LAOMO, { sheet: "劳模", rows: twice.map((row) => row.slice(0, 7)) }).uncheckedColumns).toEqual([]);
  });
});
