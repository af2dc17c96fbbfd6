import type ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/cell";
import { checkOpenedWorkbook } from "../../../src/adapters/xlsx/check-opened-workbook";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { checkWorkbookStream } from "../../../src/adapters/xlsx/check-workbook";
import { UNCALCULATED_FORMULA } from "../../../src/core/cell";
import { openWorkbookReader, readSheetRows } from "../../../src/adapters/xlsx/workbook-reader";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { xlsxBytes, zipBytes } from "./workbook-files";

async function streamedRows(bytes: Uint8Array, fileName: string, sheet = 0): Promise<[number, CellValue[], boolean][]> {
  const name = (await openWorkbookReader(bytes, fileName))[sheet].name;
  return (await readSheetRows(bytes, name, fileName)).map((row) => [row.rowNumber, [...row.cells], row.hidden]);
}

async function fullRows(bytes: Uint8Array, fileName: string): Promise<[number, CellValue[], boolean][]> {
  const [grid] = (await openWorkbook(bytes, fileName)).sheets;
  return grid.rows.flatMap((cells, i) => {
    const rowNumber = grid.firstRow + i;
    return cells.length === 0 ? [] : [[rowNumber, [...cells], grid.hiddenRows.includes(rowNumber)] as [number, CellValue[], boolean]];
  });
}

describe("streaming sheet reader", () => {
  it("reads every kind of value exactly as the whole-workbook reader does", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("名单");
      sheet.getCell("A1").value = "哈密市 & <地直>";
      sheet.getCell("B1").value = 1500.5;
      sheet.getCell("C1").value = false;
      sheet.getCell("D1").value = new Date(Date.UTC(2024, 1, 29));
      sheet.getCell("E1").value = { formula: "B1*2", result: 3001 };
      sheet.getCell("F1").value = { formula: "VLOOKUP(A1,X:Y,2,0)", result: { error: "#N/A" } };
      sheet.getCell("G1").value = { formula: "B1+1" };
      sheet.getCell("H1").value = { richText: [{ text: "张" }, { font: { bold: true }, text: "三" }] };
      sheet.getCell("I1").value = { formula: 'A1&"x"', result: "哈密市x" };
      sheet.getCell("J1").value = { error: "#DIV/0!" };
      sheet.getCell("K1").value = "440524188001010014";
      sheet.getCell("L1").value = 440524188001010000;
      sheet.getCell("C3").value = "隐藏行";
      sheet.getRow(3).hidden = true;
      sheet.getCell("B5").value = { formula: "A5", result: 7, shareType: "shared", ref: "B5:B6" } as ExcelJS.CellFormulaValue;
      sheet.getCell("B6").value = { sharedFormula: "B5", result: 8 };
      sheet.getCell("A7").value = "标题";
      sheet.mergeCells("A7:C7");
    });
    const streamed = await streamedRows(bytes, "名单.xlsx");
    // exceljs reads G1's formula without a result as empty; the reader says its value is unknown (sheet-rows.ts).
    const full = await fullRows(bytes, "名单.xlsx");
    full[0][1][6] = { error: UNCALCULATED_FORMULA };
    expect(streamed).toEqual(full);
    expect(streamed[0][1]).toEqual([
      "哈密市 & <地直>", 1500.5, false, "2024-02-29", 3001, { error: "#N/A" }, { error: "#公式未计算" }, "张三", "哈密市x", { error: "#DIV/0!" },
      "440524188001010014", 440524188001010000,
    ]);
    expect(streamed[1]).toEqual([3, [null, null, "隐藏行"], true]);
  });

  it("reads inline strings with rich-text runs and prefixed SpreadsheetML as Excel shows them", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipBytes({
      "xl/workbook.xml": `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="名单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/roster.xml"/></Relationships>`,
      "xl/worksheets/roster.xml":
        `<x:worksheet xmlns:x="${main}"><x:sheetData>` +
        `<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>王</x:t></x:r><x:r><x:t xml:space="preserve">秀兰</x:t></x:r></x:is></x:c>` +
        `<x:c r="C2"><x:v>1000</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect((await openWorkbookReader(bytes, "名单.xlsx")).map((source) => source.name)).toEqual(["名单"]);
    expect(await streamedRows(bytes, "名单.xlsx")).toEqual([[2, [null, "王秀兰", 1000], false]]);
  });

  it("shows a formula's cached FALSE or 0 as Excel does (exceljs drops falsy cached results) and decodes _xHHHH_ in text", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipBytes({
      "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml":
        `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="b"><f>1>2</f><v>0</v></c><c r="B1"><f>A1*0</f><v>0</v></c>` +
        `<c r="C1" t="inlineStr"><is><t>_x0041__x005F_x0042_</t></is></c></row></sheetData></worksheet>`,
    });
    expect(await streamedRows(bytes, "名单.xlsx")).toEqual([[1, [false, 0, "A_x0042_"], false]]);
  });

  it("gives the same result as checking the opened workbook", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("说明").getCell("A1").value = "填表说明";
      const sheet = wb.addWorksheet("名单");
      sheet.addRow(["地区", "姓名", "身份证号", "慰问金额"]);
      sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
      sheet.addRow(["哈密市", null, "440524188001010015", "一千"]);
      sheet.addRow(["合计", null, null, 2000]);
      sheet.getRow(3).hidden = true;
    });
    const streamed = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
    const whole = checkOpenedWorkbook(await openWorkbook(bytes, "名单.xlsx"), SONGWENNUAN_TEMPLATE);
    expect(streamed).toEqual({ ...whole, skippedSheets: [] });
    expect(streamed.sheet).toBe("名单");
    expect(streamed.hiddenRowNumbers).toEqual([3]);
    expect(streamed.issues.map((issue) => issue.cell)).toEqual(expect.arrayContaining(["B3", "C3", "D3"]));
  });

  it("names the sheets when --sheet names one that is not there", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("一月");
      wb.addWorksheet("二月");
    });
    await expect(checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE, { sheet: "三月" })).rejects.toMatchObject({
      code: "sheet-not-found",
      messageZh: expect.stringContaining("“一月”、“二月”"),
    });
  });
});

describe("a CSV's text cells", () => {
  const csv = new TextEncoder().encode("地区,姓名,慰问金额\n地直,张三,800\n地直,李四,800元\n");

  it("warn about a text amount only where Excel, opening the CSV, would keep it as text too", async () => {
    const streamed = await checkWorkbookStream(csv, "名单.csv", SONGWENNUAN_TEMPLATE);
    const opened = checkOpenedWorkbook(await openWorkbook(csv, "名单.csv"), SONGWENNUAN_TEMPLATE);
    for (const result of [streamed, opened]) expect(result.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["C3 amount-text"]);
  });

  it("are amounts stored as text in an .xlsx", async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet("名单").addRows([["地区", "姓名", "慰问金额"], ["地直", "张三", "800"], ["地直", "李四", 800]]));
    const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
    expect(result.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["C2 amount-text"]);
  });
});

describe("a workbook whose only roster sheet lacks the 地区 column", () => {
  it("checks that sheet, with one error on its header saying 地区 was not checked (not 找不到表头)", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("汇总").addRows([["2025年送温暖汇总表"], ["单位", "户数"]]);
      wb.addWorksheet("城关镇").addRows([["序号", "社区", "姓名", "慰问金额（元）"], [1, "东街", "张三", 1000]]);
    });
    const streamed = () => checkWorkbookStream(bytes, "县总.xlsx", SONGWENNUAN_TEMPLATE);
    const opened = async () => checkOpenedWorkbook(await openWorkbook(bytes, "县总.xlsx"), SONGWENNUAN_TEMPLATE);
    for (const check of [streamed, opened]) {
      const result = await check();
      expect(result.sheet).toBe("城关镇");
      expect(result.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["A1 column-missing"]);
      expect(result.issues[0].message).toContain("表头里没有地区列");
    }
  });
});
