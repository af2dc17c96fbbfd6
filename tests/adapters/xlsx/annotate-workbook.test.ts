import type ExcelJS from "exceljs";
import { writeAnnotatedWorkbook } from "../../../src/adapters/xlsx/annotate-workbook";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkResult, issue } from "./check-results";
import { loadXlsx, xlsxBytes } from "./workbook-files";

const shared: Partial<ExcelJS.Style> = { numFmt: "#,##0.00", border: { bottom: { style: "thin" } }, font: { name: "宋体", size: 11 } };

async function roster(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.getCell("A1").value = "2024年送温暖慰问名单";
    sheet.mergeCells("A1:D1");
    sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
    sheet.getRow(2).font = { bold: true };
    sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
    sheet.addRow(["哈密市", null, "440524188001010014", 200]);
    sheet.addRow(["合计", null, null, { formula: "SUM(D3:D4)", result: 1700 }]);
    for (let row = 3; row <= 5; row++) sheet.getCell(row, 4).style = shared; // one style object for all three
    sheet.getCell("C3").note = "原有批注";
    wb.addWorksheet("校验结果").getCell("A1").value = "上次的结果";
    wb.addWorksheet("说明").getCell("A1").value = "填表说明";
  });
}

const result = checkResult({
  columns: { region: 1, name: 2, idNumber: 3, amount: 4 },
  dataRowNumbers: [3, 4],
  dataRows: 2,
  issues: [
    issue("B4", 4, 2),
    issue("D4", 4, 4, { code: "amount-below-minimum", field: "amount", message: "金额低于最低标准1000元", shownValue: "200" }),
    issue("C3", 3, 3, { code: "id-legacy", severity: "warning", field: "idNumber", message: "身份证号为15位旧号码", shownValue: "110105********002X" }),
    issue("D4", 4, 4, { code: "pay-method-not-bank", severity: "warning", field: "amount", message: "现金发放", shownValue: "200" }),
  ],
  regions: [{ region: "哈密市", households: 2, modelWorkers: 0, amountFen: 170_000 }],
  groups: [{ group: "困难职工", households: 2, modelWorkers: 0, amountFen: 170_000 }],
  total: { households: 2, modelWorkers: 0, amountFen: 170_000 },
});

function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, cell)));
  return cells;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("writeAnnotatedWorkbook", () => {
  let original: ExcelJS.Workbook;
  let annotated: ExcelJS.Workbook;

  beforeAll(async () => {
    const bytes = await roster();
    original = await loadXlsx(bytes);
    annotated = await loadXlsx(writeAnnotatedWorkbook(bytes, "名单.xlsx", result, SONGWENNUAN_TEMPLATE));
  });

  it("keeps every value, formula and style of the roster except the fill of flagged cells", () => {
    const before = cellsOf(original.getWorksheet("名单")!);
    const after = cellsOf(annotated.getWorksheet("名单")!);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [address, cell] of before) {
      const copy = after.get(address)!;
      expect({ address, value: copy.value, formula: copy.formula }).toEqual({ address, value: cell.value, formula: cell.formula });
      if (["B4", "C3", "D4"].includes(address)) {
        // A cell that had no style gets the workbook's default font and border spelled out with the fill.
        const { fill: _added, ...kept } = copy.style;
        const { fill: _none, ...before } = cell.style;
        expect({ address, style: kept }).toMatchObject({ address, style: before });
      } else {
        expect({ address, style: copy.style }).toEqual({ address, style: cell.style });
      }
    }
    expect(annotated.getWorksheet("名单")!.model.merges).toEqual(original.getWorksheet("名单")!.model.merges);
  });

  it("fills errors red and warnings amber, a cell with both red, without touching cells sharing its style", () => {
    const sheet = annotated.getWorksheet("名单")!;
    const argb = (address: string) => (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(argb("B4")).toBe("FFFFC7CE");
    expect(argb("D4")).toBe("FFFFC7CE");
    expect(argb("C3")).toBe("FFFFEB9C");
    expect(argb("D3")).toBeUndefined();
    expect(argb("D5")).toBeUndefined();
    expect(sheet.getCell("D4").numFmt).toBe("#,##0.00");
  });

  it("notes each flagged cell with its messages after any note the clerk wrote", () => {
    const sheet = annotated.getWorksheet("名单")!;
    const text = (address: string) => {
      const note = sheet.getCell(address).note as ExcelJS.Comment | string;
      return typeof note === "string" ? note : note.texts!.map((run) => run.text).join("");
    };
    expect(text("D4")).toBe("金额低于最低标准1000元\n现金发放");
    expect(text("C3")).toBe("原有批注\n身份证号为15位旧号码");
    expect(sheet.getCell("A3").note).toBeUndefined();
  });

  it("keeps the clerk's own 校验结果 sheet and adds 校验结果(2) and 分地区汇总; no other sheet is added", () => {
    expect(annotated.worksheets.map((sheet) => sheet.name)).toEqual(["名单", "校验结果", "说明", "校验结果(2)", "分地区汇总"]);
    expect(rowsOf(annotated.getWorksheet("校验结果")!)).toEqual([["上次的结果"]]);
    const issues = rowsOf(annotated.getWorksheet("校验结果(2)")!);
    expect(issues[0]).toEqual(["序号", "单元格", "行", "字段", "问题", "代码", "级别", "说明", "内容"]);
    expect(issues).toHaveLength(5);
    expect(issues[3]).toEqual([3, "C3", 3, expect.stringContaining("身份证"), "15 位旧身份证号", "id-legacy", "警告", "身份证号为15位旧号码", "110105********002X"]);
    expect(issues.flat().join()).not.toContain("11010519491231002X");
  });

  it("writes the subtotals by region and by group, each with a 合计 line", () => {
    expect(rowsOf(annotated.getWorksheet("分地区汇总")!)).toEqual([
      ["地区", "户数", "劳模户数", "金额（元）", "金额（万元）"],
      ["哈密市", 2, 0, 1700, 0.17],
      ["合计", 2, 0, 1700, 0.17],
      ["人员类别", "户数", "劳模户数", "金额（元）", "金额（万元）"],
      ["困难职工", 2, 0, 1700, 0.17],
      ["合计", 2, 0, 1700, 0.17],
    ]);
  });
});
