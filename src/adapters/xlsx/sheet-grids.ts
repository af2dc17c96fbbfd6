import type { CellValue } from "../../core/cell";
import type { SheetGrid } from "./opened-workbook";
import type { SheetVisibility } from "./workbook-parts";
import type { SheetReader } from "./workbook-reader";

/** A sheet's grid for showing it (the page's preview), with its tab visibility. */
export interface VisibleGrid extends SheetGrid {
  readonly visibility: SheetVisibility;
}

/** Rows with nothing in them share one array, so a stray cell on row 1,048,576 costs pointers, not arrays. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * Every sheet of a workbook (opened once: workbook-file.ts) as rows of values, read with the one reader: merged cells keep their
 * value in the top-left cell only, as the check sees them. `onRows` hears the running count.
 */
export async function readSheetGrids(sheets: readonly SheetReader[], onRows: (rowsRead: number) => void = () => {}): Promise<VisibleGrid[]> {
  let rowsRead = 0;
  const grids: VisibleGrid[] = [];
  for (const sheet of sheets) {
    const rows: (readonly CellValue[])[] = [];
    const hiddenRows: number[] = [];
    let firstRow = 0;
    const merges = await sheet.readRows(
      (rowNumber, cells, hidden) => {
        firstRow ||= rowNumber;
        while (firstRow + rows.length < rowNumber) rows.push(EMPTY_ROW);
        rows.push(cells.slice());
        if (hidden) hiddenRows.push(rowNumber);
        rowsRead++;
      },
      () => {
        onRows(rowsRead);
        return true;
      },
    );
    grids.push({ name: sheet.name, visibility: sheet.visibility, rows, firstRow: firstRow || 1, firstColumn: 1, hiddenRows, merges, textOnly: sheet.textOnly });
  }
  return grids;
}
