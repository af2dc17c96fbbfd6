import jinqiuJson from "../../../assets/templates/jinqiu-zhuxue.json";
import { checkGrid } from "../../../src/core/check/check-grid";
import { columnMapKey } from "../../../src/core/check/column-map";
import { headerLayout } from "../../../src/core/header/header-layout";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { compileTemplate } from "../../../src/core/template/compile-template";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const JINQIU = packToTemplate(parsePack(jinqiuJson));

/** 金秋助学 as a county wrote it: 学生 and 家长 merged over 姓名 / 身份证号码 in the second row. */
const GROUPED = [
  ["序号", "所属乡镇", "学生", null, "录取学校", "入学层次", "家长", null, "家长建档级别", "资助金额（元）", "银行卡号", "户名"],
  [null, null, "姓名", "身份证号码", null, null, "姓名", "身份证号码", null, null, null, null],
  [1, "城关镇", "张小明", "11010519491231002X", "兰州大学", "本科", "张大山", "440524188001010014", "市总", 5000, "6222021234567890128", "张大山"],
];

const rows = (grid: unknown[][]): SheetRow[] => grid.map((cells, i) => ({ rowNumber: i + 1, cells: cells as SheetRow["cells"], firstColumn: 1, hidden: false }));

describe("a two-row header whose second row repeats 姓名 / 身份证号码 under 学生 and 家长", () => {
  it("reads them as 学生姓名, 学生身份证号, 家长姓名, 家长身份证号, and finds 资助金额 and 地区 (所属乡镇)", () => {
    const result = checkGrid(JINQIU, { sheet: "金秋", rows: GROUPED, today: new Date(Date.UTC(2024, 7, 1)) });
    expect(result.headerRows).toEqual([1, 2]);
    expect(result.columns).toMatchObject({ region: 2, studentName: 3, studentId: 4, school: 5, schoolLevel: 6, parentName: 7, parentId: 8, amount: 10 });
    expect(result.issues.filter((issue) => issue.code === "column-missing")).toEqual([]);
    expect(result.total.amountFen).toBe(500000);
  });

  it("the 列对应 view lists every column, each 姓名 under its own group, so mapping one never unmaps the other", () => {
    const compiled = compileTemplate(JINQIU);
    const layout = headerLayout(compiled, rows(GROUPED.slice(0, 2)))!;
    expect(layout.columns.map((column) => `${column.text}:${column.field}`)).toEqual([
      "序号:seq", "所属乡镇:region", "学生姓名:studentName", "学生身份证号码:studentId", "录取学校:school", "入学层次:schoolLevel",
      "家长姓名:parentName", "家长身份证号码:parentId", "家长建档级别:parentArchiveLevel", "资助金额（元）:amount", "银行卡号:account", "户名:accountHolder",
    ]);
    const unmapped = headerLayout(compiled, rows(GROUPED.slice(0, 2)), { [columnMapKey("家长姓名")]: null })!;
    expect(unmapped.columns.find((column) => column.text === "学生姓名")?.field).toBe("studentName");
    expect(unmapped.columns.find((column) => column.text === "家长姓名")?.field).toBeNull();
  });

  it("申请人 / 配偶 groups a form does not know keep two distinct columns in the 列对应 view", () => {
    const compiled = compileTemplate(JINQIU);
    const grid = [
      ["地区", "申请人", null, "配偶", null, "资助金额"],
      [null, "姓名", "身份证号码", "姓名", "身份证号码", null],
    ];
    const layout = headerLayout(compiled, rows(grid))!;
    expect(layout.columns.map((column) => column.text)).toEqual(["地区", "申请人姓名", "申请人身份证号码", "配偶姓名", "配偶身份证号码", "资助金额"]);
    expect(new Set(layout.columns.map((column) => column.key)).size).toBe(6);
  });
});
