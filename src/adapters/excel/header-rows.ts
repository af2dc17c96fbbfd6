import { HEADER_WINDOW } from "../../core/check/header-window";
import type { SheetRow } from "../../core/rows/sheet-row";
import { toCellValue } from "../../core/workbook/host-cell-value";
import type { ExcelRun } from "./excel-run";

/** The used range's first rows (where a header can be), values only, in two syncs. */
export function readHeaderRows(run: ExcelRun, sheetName: string): Promise<readonly SheetRow[]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return [];
    const top = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(HEADER_WINDOW, used.rowCount), used.columnCount).load("values");
    await context.sync();
    return top.values.flatMap((cells, i) => {
      const row = cells.map(toCellValue);
      return row.some((cell) => cell !== null) ? [{ rowNumber: used.rowIndex + i + 1, cells: row, firstColumn: used.columnIndex + 1, hidden: false }] : [];
    });
  });
}
