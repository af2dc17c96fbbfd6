import type { CellValue } from "../../core/cell";
import type { SheetReader } from "./workbook-reader";

/**
 * The rows `wanted` of a checked sheet, read again by the one reader, with the values the check
 * read: a 地区 typed once over a merged block belongs to every row of it. cells[0] is column A.
 */
export async function checkedRows(sheet: SheetReader, wanted: ReadonlySet<number>): Promise<Map<number, CellValue[]>> {
  const rows = new Map<number, CellValue[]>();
  const merges = await sheet.readRows((rowNumber, cells) => {
    if (wanted.has(rowNumber)) rows.set(rowNumber, cells.slice());
  });
  for (const merge of merges) {
    const top = rows.get(merge.top)?.[merge.left - 1] ?? null;
    for (let row = merge.top + 1; row <= merge.bottom; row++) {
      const cells = rows.get(row);
      if (cells !== undefined && (cells[merge.left - 1] ?? null) === null) cells[merge.left - 1] = top;
    }
  }
  return rows;
}
