import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import { parseMergedRange, type MergedRange } from "../../core/check/merged-ranges";
import { ReportError } from "../../core/errors";
import { toCellValue } from "./cell-value";
import type { OpenedWorkbook, SheetGrid } from "./opened-workbook";
import { csvSheetName, readCsv } from "./read-csv";
import { sniffFile } from "./sniff-file";

/** Rows with nothing in them share one array, so a stray cell on row 1,048,576 costs pointers, not arrays. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** Reads a whole .xlsx or .csv (Node and browser); throws ReportError for anything else. */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const csv = sniffFile(bytes, fileName).kind === "csv";
  if (csv) {
    const sheet = workbook.addWorksheet(csvSheetName(fileName));
    for (const row of readCsv(bytes)) sheet.addRow(row);
  } else {
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (cause) {
      throw new ReportError(
        "file-unreadable",
        `无法读取“${fileName}”（文件可能已损坏）：请在 Excel 中打开并另存为 .xlsx 后再校验。`,
        `Cannot read "${fileName}" (the file may be damaged: ${(cause as Error).message}): open it in Excel, save it as .xlsx and check again.`,
      );
    }
  }
  const sheets = workbook.worksheets.map(sheetGrid);
  return { fileName, sheets: csv ? sheets.map((grid) => ({ ...grid, textOnly: true })) : sheets, workbook };
}

/**
 * Merged cells keep their value in the top-left cell only, as Excel reports them to add-ins and
 * as the streaming reader sees them; so every host feeds the core the same grid, and the merges
 * beside it let the core read a merged 地区 on every row of its block.
 */
export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const byRow = new Map<number, CellValue[]>();
  const hiddenRows: number[] = [];
  let firstRow = Infinity;
  let lastRow = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value !== null) cells[column - 1] = value;
    });
    if (cells.length === 0) return;
    byRow.set(rowNumber, Array.from(cells, (value) => value ?? null));
    firstRow = Math.min(firstRow, rowNumber);
    lastRow = Math.max(lastRow, rowNumber);
  });
  if (lastRow === 0) return { name: sheet.name, rows: [], firstRow: 1, firstColumn: 1, hiddenRows, merges: [] };
  const rows: (readonly CellValue[])[] = [];
  for (let n = firstRow; n <= lastRow; n++) rows.push(byRow.get(n) ?? EMPTY_ROW);
  return { name: sheet.name, rows, firstRow, firstColumn: 1, hiddenRows, merges: sheetMerges(sheet) };
}

/** exceljs's public view of the merges: "B5:B9" strings. */
function sheetMerges(sheet: ExcelJS.Worksheet): MergedRange[] {
  return sheet.model.merges.flatMap((address) => parseMergedRange(address) ?? []);
}
