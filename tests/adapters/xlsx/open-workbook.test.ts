import type ExcelJS from "exceljs";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { gbkBytes, xlsxBytes } from "./workbook-files";

describe("openWorkbook", () => {
  it("normalises every kind of cell value the way the core reads it", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      sheet.getCell("A1").value = "哈密市";
      sheet.getCell("B1").value = 1500;
      sheet.getCell("C1").value = true;
      sheet.getCell("D1").value = new Date(Date.UTC(2024, 0, 15));
      sheet.getCell("E1").value = { formula: "B1*2", result: 3000 };
      sheet.getCell("F1").value = { formula: "VLOOKUP(A1,X:Y,2,0)", result: { error: "#N/A" } };
      sheet.getCell("G1").value = { formula: "B1+1" };
      sheet.getCell("H1").value = { richText: [{ text: "张" }, { font: { bold: true }, text: "三" }] };
      sheet.getCell("I1").value = { text: "官网", hyperlink: "https://example.org" };
      sheet.getCell("J1").value = { error: "#VALUE!" };
      sheet.getCell("A2").value = 10;
      sheet.getCell("B2").value = { formula: "A2*2", result: 20, shareType: "shared", ref: "B2:B3" } as ExcelJS.CellFormulaValue;
      sheet.getCell("A3").value = 11;
      sheet.getCell("B3").value = { sharedFormula: "B2", result: 22 };
      sheet.getCell("C3").value = "";
    });
    const [grid] = (await openWorkbook(bytes, "名单.xlsx")).sheets;
    expect(grid.rows).toEqual([
      ["哈密市", 1500, true, "2024-01-15", 3000, { error: "#N/A" }, null, "张三", "官网", { error: "#VALUE!" }],
      [10, 20],
      [11, 22],
    ]);
  });

  it("starts the grid at the first used row and keeps blank rows in between", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      sheet.getCell("B3").value = "姓名";
      sheet.getCell("B6").value = "张三";
    });
    const [grid] = (await openWorkbook(bytes, "名单.xlsx")).sheets;
    expect(grid).toMatchObject({ name: "名单", firstRow: 3, firstColumn: 1 });
    expect(grid.rows).toEqual([[null, "姓名"], [], [], [null, "张三"]]);
  });

  it("lists hidden rows, including rows a filter hides", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      for (let row = 1; row <= 5; row++) sheet.getCell(row, 1).value = `第${row}行`;
      sheet.autoFilter = "A1:A5";
      sheet.getRow(3).hidden = true;
      sheet.getRow(5).hidden = true;
    });
    const [grid] = (await openWorkbook(bytes, "名单.xlsx")).sheets;
    expect(grid.hiddenRows).toEqual([3, 5]);
    expect(grid.rows).toHaveLength(5);
  });

  it("keeps a merged cell's value in its top-left cell only, as Excel reports it to add-ins", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      sheet.getCell("A1").value = "2024年送温暖慰问名单";
      sheet.mergeCells("A1:C1");
      sheet.getCell("A2").value = "地区";
    });
    const [grid] = (await openWorkbook(bytes, "名单.xlsx")).sheets;
    expect(grid.rows[0]).toEqual(["2024年送温暖慰问名单"]);
  });

  it("returns every sheet in tab order", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("说明").getCell("A1").value = "填表说明";
      wb.addWorksheet("名单").getCell("A1").value = "地区";
    });
    const opened = await openWorkbook(bytes, "名单.xlsx");
    expect(opened.sheets.map((sheet) => sheet.name)).toEqual(["说明", "名单"]);
    expect(opened.fileName).toBe("名单.xlsx");
  });

  it("opens a GBK CSV as one sheet named after the file", async () => {
    const opened = await openWorkbook(gbkBytes("地区,姓名\n哈密市,张三\n"), "送温暖名单.csv");
    expect(opened.sheets).toEqual([
      { name: "送温暖名单", rows: [["地区", "姓名"], ["哈密市", "张三"]], firstRow: 1, firstColumn: 1, hiddenRows: [], merges: [], textOnly: true },
    ]);
    expect(opened.workbook.getWorksheet("送温暖名单")!.getCell("B2").value).toBe("张三");
  });

  it("rejects an old .xls with the sniffer's message", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(openWorkbook(xls, "旧表.xls")).rejects.toMatchObject({ code: "file-xls" });
  });
});
