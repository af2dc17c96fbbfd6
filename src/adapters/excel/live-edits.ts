import { parseMergedRange } from "../../core/check/merged-ranges";
import type { RowsRead, SheetEdit } from "../../core/ports/workbook-host";
import { toCellValue } from "../../core/workbook/host-cell-value";
import type { ExcelRun, IsSetSupported } from "./excel-run";
import { hiddenRows, mergedAreas, visibleAreas } from "./read-sheet";

/** Cells per sync when reading everything again: far below Excel on the web's 5 MB responses for a roster. */
const CELLS_PER_SYNC = 150_000;

/**
 * The used range's values (or `span` rows of it), for checking while typing: one sync for the
 * extent, one per block. A whole read also brings the hidden rows and, from ExcelApi 1.13, the
 * merged areas, as the one-click check reads them. Nothing is written.
 */
export function readExcelRows(run: ExcelRun, isSetSupported: IsSetSupported, sheetName: string, span?: { top: number; count: number }): Promise<RowsRead> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return { firstRow: 1, firstColumn: 1, rows: [], hiddenRows: [] };
    const top = span?.top ?? used.rowIndex + 1;
    const count = span?.count ?? used.rowCount;
    const visible = span ? null : visibleAreas(sheet, used);
    const merged = !span && isSetSupported("ExcelApi", "1.13") ? mergedAreas(sheet, used) : null;
    const rows: ReturnType<typeof toCellValue>[][] = [];
    const blockRows = Math.max(1, Math.floor(CELLS_PER_SYNC / used.columnCount));
    for (let read = 0; read < count; read += blockRows) {
      const block = sheet.getRangeByIndexes(top - 1 + read, used.columnIndex, Math.min(blockRows, count - read), used.columnCount).load("values");
      await context.sync();
      for (const cells of block.values) rows.push(cells.map(toCellValue));
    }
    return {
      firstRow: top,
      firstColumn: used.columnIndex + 1,
      rows,
      hiddenRows: visible ? [...hiddenRows(used, visible)] : undefined,
      merges: merged && !merged.isNullObject ? merged.address.split(",").flatMap((address) => parseMergedRange(address) ?? []) : undefined,
    };
  });
}

/**
 * Follows the clerk's edits on every sheet (worksheets.onChanged, ExcelApi 1.7; the collection's
 * event also covers sheets added later), skipping the add-in's own writes (triggerSource).
 */
export async function watchExcelEdits(run: ExcelRun, onEdit: (edit: SheetEdit) => void): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  const nameOf = async (id: string) => {
    if (!names.has(id)) {
      // A sheet added or renamed since: its name is read once.
      const sheet = await run(async (context) => {
        const found = context.workbook.worksheets.getItem(id).load("name");
        await context.sync();
        return found.name;
      });
      names.set(id, sheet);
    }
    return names.get(id)!;
  };
  const registration = await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    const handler = sheets.onChanged.add(async (args) => {
      if (args.triggerSource === "ThisLocalAddin") return;
      onEdit({ sheet: await nameOf(args.worksheetId), address: args.address });
    });
    await context.sync();
    for (const sheet of sheets.items) names.set(sheet.id, sheet.name);
    return handler;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
