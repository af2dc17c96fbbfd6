import ExcelJS from "exceljs";
import { COLUMNS, HEADER_ROW, SHEET_NAME, columnOf, isSumFormula, type SampleCell, type SampleSheet } from "./sheet-layout";

/** Columns clerks must format as text, or Excel drops digits past the 15th. */
const TEXT_FIELDS = new Set(["idNumber", "account", "phone", "archiveNo"]);

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The sheet as an .xlsx a unit would send in: merged title, bold header, borders, text columns, SUM formulas. */
export async function sampleWorkbookBytes(sheet: SampleSheet): Promise<Buffer> {
  const workbook = sampleWorkbook();
  addSampleSheet(workbook, sheet, SHEET_NAME);
  return workbookBytes(workbook);
}

export function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "报表助手 samples";
  // Fixed dates keep the file identical from one generation to the next.
  workbook.created = workbook.modified = new Date(Date.UTC(2018, 0, 10));
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Adds `sheet` laid out as a 统计表: merged title, bold header, borders, text columns, SUM formulas. */
export function addSampleSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width, style: TEXT_FIELDS.has(c.field) ? { numFmt: "@" } : {} }));

  sheet.rows.forEach((cells, index) => {
    const row = ws.getRow(index + 1);
    cells.forEach((cell, c) => {
      if (cell !== null) row.getCell(c + 1).value = excelValue(cell, sheet);
    });
  });

  const lastColumn = COLUMNS.length;
  ws.mergeCells(1, 1, 1, lastColumn);
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center" };
  ws.getRow(1).height = 28;
  ws.getRow(HEADER_ROW).font = { bold: true };
  ws.getRow(HEADER_ROW).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (let r = HEADER_ROW; r <= sheet.totalRow; r++) {
    for (let c = 1; c <= lastColumn; c++) ws.getCell(r, c).border = BORDER;
  }
  for (const { row } of [...sheet.subtotalRows, { row: sheet.totalRow }]) ws.getRow(row).font = { bold: true };
  ws.getColumn(columnOf("amount")).numFmt = "#,##0.00";
  return ws;
}

/** SUM formulas carry the result Excel would cache: the numbers in their rows, text ignored. */
export function excelValue(cell: Exclude<SampleCell, null>, sheet: SampleSheet): ExcelJS.CellValue {
  if (!isSumFormula(cell)) return cell;
  const amountIndex = columnOf("amount") - 1;
  const result = cell.sumOfRows.reduce((sum, row) => {
    const value = sheet.rows[row - 1][amountIndex];
    return typeof value === "number" ? sum + value : sum;
  }, 0);
  return { formula: cell.formula, result };
}
