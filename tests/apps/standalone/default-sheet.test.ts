import type { VisibleGrid } from "../../../src/adapters/xlsx/sheet-grids";
import { checkableSheets, defaultSheet } from "../../../src/apps/standalone/default-sheet";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const grid = (name: string, rows: (string | number | null)[][]): VisibleGrid => ({ name, rows, firstRow: 1, firstColumn: 1, hiddenRows: [], merges: [], visibility: "visible" });
const ROSTER = [
  ["序号", "地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"],
  [1, "清源镇", "张三", "11010519491231002X", "一线职工", 1000, "现金"],
];
const NOTE = grid("说明", [["本表为清源镇送温暖名单"]]);

describe("the page's sheet choice", () => {
  it("offers and picks a roster sheet named 校验结果 when no other sheet is a roster", () => {
    const grids = [NOTE, grid("校验结果", ROSTER)];
    expect(defaultSheet(grids, SONGWENNUAN_TEMPLATE)).toBe("校验结果");
    expect(checkableSheets(grids, "校验结果")).toEqual(["说明", "校验结果"]);
  });

  it("leaves a previous run's 校验结果 out when another sheet is the roster", () => {
    const grids = [grid("名单", ROSTER), grid("校验结果", [["序号", "单元格", "行", "字段", "问题"]])];
    expect(defaultSheet(grids, SONGWENNUAN_TEMPLATE)).toBe("名单");
    expect(checkableSheets(grids, "名单")).toEqual(["名单"]);
  });

  it("leaves a received copy named 校验结果 (2) out of the choice, as the CLI and the add-in do", () => {
    const grids = [grid("名单", ROSTER), grid("校验结果 (2)", [["序号", "单元格", "行", "字段", "问题"]]), grid("分地区汇总（2）", [["地区", "户数"]])];
    expect(checkableSheets(grids, "名单")).toEqual(["名单"]);
    expect(defaultSheet([NOTE, grid("校验结果 (2)", ROSTER)], SONGWENNUAN_TEMPLATE)).toBe("校验结果 (2)");
  });
});
