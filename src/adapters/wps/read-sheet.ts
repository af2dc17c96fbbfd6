import { cellAddress } from "../../core/address";
import { startCheck, type CheckSession } from "../../core/check/check-session";
import { NO_COLUMN_MAP } from "../../core/check/column-map";
import { findHeader } from "../../core/check/find-header";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { CheckResult } from "../../core/check/types";
import type { CheckRun } from "../../core/ports/workbook-host";
import type { SheetRow } from "../../core/rows/sheet-row";
import type { Template } from "../../core/template/schema";
import { amountCellValue, toCellValue } from "../../core/workbook/host-cell-value";
import type { EtRange, EtWorksheet } from "./et-api";
import { XL_CELL_TYPE_VISIBLE } from "./et-constants";
import { wpsMergedAreas } from "./merged-areas";
import { areaOf, values2d, type Area } from "./values";

/**
 * Cells per Value2 read: a 10,000-row, 14-column roster is one read; a 100k-row sheet ten. WPS
 * hands the block over in-process (no 5 MB payload limit as in Excel on the web), so the block
 * is sized for the pane's memory, not a transport.
 */
export const BLOCK_CELLS = 150_000;

/** Lets the pane paint its progress between blocks: WPS's object model blocks the page while it answers. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface WpsSheetCheck extends CheckRun {
  /** Keep each data row's ID and account keys, for the checks across sheets and submissions. */
  readonly collectPeople?: boolean;
}

/**
 * Reads the used range's values in row blocks (Value2, never cell by cell) and streams them into
 * the core's check session. Besides the blocks: the used range's extent (four calls), the visible
 * areas (hidden and filtered rows), the amount column's number formats (a date typed as an
 * amount is a serial in Value2) by halving a block only where its formats differ, and, once a
 * header is found, the merged areas (merged-areas.ts: one call on a sheet without merges), so a
 * 地区 merged over its block reads on every row, as in Excel.
 */
export async function checkWpsSheet(sheet: EtWorksheet, sheetName: string, template: Template, options: WpsSheetCheck = {}): Promise<CheckResult> {
  const used = sheet.UsedRange;
  const area = areaOf(used);
  const hidden = hiddenRows(used, area);
  const columnMap = options.columnMap ?? NO_COLUMN_MAP;
  const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / area.columns));
  let session: CheckSession | null = null;
  let amountColumn: number | null = null;
  options.onProgress?.({ rowsRead: 0, rowsTotal: area.rows });
  for (let read = 0; read < area.rows; read += blockRows) {
    const top = area.top + read;
    const rows = Math.min(blockRows, area.rows - read);
    const values = values2d(sheet.Range(blockAddress(area, top, rows)).Value2);
    if (session === null) {
      const header = findHeader(template, headerWindow(values, top, area.left), columnMap);
      if (header === null && values.length >= HEADER_WINDOW) break; // a 封面: the rest is not read
      amountColumn = header?.columns.amount ?? null;
      const merges = header === null ? [] : wpsMergedAreas(sheet, area);
      session = startCheck(template, { sheet: sheetName, merges, columnMap, collectPeople: options.collectPeople });
    }
    const formats = amountColumn === null ? null : columnFormats(sheet, amountColumn, top, rows);
    values.forEach((cells, i) => {
      const row = cells.map(toCellValue);
      if (formats !== null) row[amountColumn! - area.left] = amountCellValue(row[amountColumn! - area.left], formats[i] ?? undefined);
      if (row.some((cell) => cell !== null)) session!.pushRow(top + i, row, area.left, hidden.has(top + i));
    });
    options.onProgress?.({ rowsRead: read + rows, rowsTotal: area.rows });
    if (read + rows < area.rows) await breathe();
  }
  return (session ?? startCheck(template, { sheet: sheetName, columnMap })).finish();
}

export function blockAddress(area: Area, top: number, rows: number): string {
  return `${cellAddress(top, area.left)}:${cellAddress(top + rows - 1, area.left + area.columns - 1)}`;
}

function headerWindow(values: unknown[][], top: number, left: number): SheetRow[] {
  return values.slice(0, HEADER_WINDOW).flatMap((cells, i) => {
    const row = cells.map(toCellValue);
    return row.some((cell) => cell !== null) ? [{ rowNumber: top + i, cells: row, firstColumn: left, hidden: false }] : [];
  });
}

/**
 * The column's number formats over `rows` rows from `top`. NumberFormat gives one format for a
 * range, or null where its cells differ: a block of one format is one call, and only blocks that
 * differ are halved, so the calls grow with the runs of formats, not the rows.
 */
export function columnFormats(sheet: EtWorksheet, column: number, top: number, rows: number): (string | null)[] {
  const formats: (string | null)[] = new Array(rows).fill(null);
  const visit = (from: number, count: number) => {
    const format = sheet.Range(`${cellAddress(top + from, column)}:${cellAddress(top + from + count - 1, column)}`).NumberFormat;
    if (format !== null || count === 1) {
      formats.fill(format, from, from + count);
      return;
    }
    const half = Math.floor(count / 2);
    visit(from, half);
    visit(from + half, count - half);
  };
  visit(0, rows);
  return formats;
}

/** Rows of the used range outside every visible area: hidden or filtered out. No visible cell at all throws, as in VBA. */
export function hiddenRows(used: EtRange, area: Area): ReadonlySet<number> {
  const shown = new Set<number>();
  try {
    const areas = used.SpecialCells(XL_CELL_TYPE_VISIBLE).Areas;
    for (let i = 1; i <= areas.Count; i++) {
      const part = areas.Item(i);
      const top = part.Row;
      const count = part.Rows.Count;
      for (let row = top; row < top + count; row++) shown.add(row);
    }
  } catch {
    // Nothing visible: every row is hidden.
  }
  const hidden = new Set<number>();
  for (let row = area.top; row < area.top + area.rows; row++) if (!shown.has(row)) hidden.add(row);
  return hidden;
}
