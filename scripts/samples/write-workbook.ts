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
  return addRosterSheet(workbook, name, sheet.rows.map((cells) => cells.map((cell) => (cell === null ? null : excelValue(cell, sheet)))), {
    columns: COLUMNS.map((c) => ({ width: c.width, text: TEXT_FIELDS.has(c.field) })),
    headerRow: HEADER_ROW,
    lastRow: sheet.totalRow,
    boldRows: [...sheet.subtotalRows.map((s) => s.row), sheet.totalRow],
    moneyColumns: [columnOf("amount")],
  });
}

/** How a roster sheet looks, whatever its template: the parts a clerk's sheet has in common. */
export interface RosterLook {
  readonly columns: readonly { readonly width: number; readonly text: boolean }[];
  readonly headerRow: number;
  /** Borders run from the header down to this row (the 合计). */
  readonly lastRow: number;
  readonly boldRows: readonly number[];
  readonly moneyColumns: readonly number[];
}

/** A sheet with its title merged across, a bold header, borders, text-formatted number columns. */
export function addRosterSheet(workbook: ExcelJS.Workbook, name: string, cells: readonly (readonly (ExcelJS.CellValue | null)[])[], look: RosterLook): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: look.headerRow }] });
  ws.columns = look.columns.map((c) => ({ width: c.width, style: c.text ? { numFmt: "@" } : {} }));

  cells.forEach((values, index) => {
    const row = ws.getRow(index + 1);
    values.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });

  const lastColumn = look.columns.length;
  ws.mergeCells(1, 1, 1, lastColumn);
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center" };
  ws.getRow(1).height = 28;
  ws.getRow(look.headerRow).font = { bold: true };
  ws.getRow(look.headerRow).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (let r = look.headerRow; r <= look.lastRow; r++) {
    for (let c = 1; c <= lastColumn; c++) ws.getCell(r, c).border = BORDER;
  }
  for (const row of look.boldRows) ws.getRow(row).font = { bold: true };
  for (const column of look.moneyColumns) ws.getColumn(column).numFmt = "#,##0.00";
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
