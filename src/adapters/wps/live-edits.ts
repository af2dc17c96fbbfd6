import type { RowsRead, SheetEdit } from "../../core/ports/workbook-host";
import { toCellValue } from "../../core/workbook/host-cell-value";
import type { EtApplication, EtRange, EtWorksheet } from "./et-api";
import { wpsMergedAreas } from "./merged-areas";
import { blockAddress, BLOCK_CELLS, hiddenRows } from "./read-sheet";
import { areaOf, values2d } from "./values";

/**
 * The used range's values (or `span` rows of it), for checking while typing: one Value2 read per
 * block; a whole read also gives the hidden rows and the merged areas. Nothing is written.
 */
export function readWpsRows(sheet: EtWorksheet, span?: { top: number; count: number }): RowsRead {
  const used = sheet.UsedRange;
  const area = areaOf(used);
  const top = span?.top ?? area.top;
  const count = span?.count ?? area.rows;
  const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / area.columns));
  const rows: ReturnType<typeof toCellValue>[][] = [];
  for (let read = 0; read < count; read += blockRows) {
    for (const cells of values2d(sheet.Range(blockAddress(area, top + read, Math.min(blockRows, count - read))).Value2)) rows.push(cells.map(toCellValue));
  }
  if (span) return { firstRow: top, firstColumn: area.left, rows };
  return { firstRow: top, firstColumn: area.left, rows, hiddenRows: [...hiddenRows(used, area)], merges: wpsMergedAreas(sheet, area) };
}

/**
 * Follows the clerk's edits (Application.ApiEvent SheetChange: the sheet and the changed range),
 * skipping those made while `ownWrite()` says the add-in itself is writing.
 */
export function watchWpsEdits(app: EtApplication, onEdit: (edit: SheetEdit) => void, ownWrite: () => boolean): () => Promise<void> {
  const handler = (sheet: EtWorksheet, target: EtRange) => {
    if (!ownWrite()) onEdit({ sheet: sheet.Name, address: target.Address(false, false) });
  };
  const events = app.ApiEvent;
  events.AddApiEventListener("SheetChange", handler as never);
  return async () => events.RemoveApiEventListener("SheetChange", handler as never);
}
