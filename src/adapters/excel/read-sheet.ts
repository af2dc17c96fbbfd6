import { startCheck, type CheckSession } from "../../core/check/check-session";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { NO_COLUMN_MAP, type ColumnMap } from "../../core/check/column-map";
import { findHeader } from "../../core/check/find-header";
import { HEADER_WINDOW } from "../../core/check/header-window";
import { parseMergedRange } from "../../core/check/merged-ranges";
import type { SheetRow } from "../../core/rows/sheet-row";
import type { CheckResult } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import type { Template } from "../../core/template/schema";
import type { CheckProgress, CheckRun } from "../../core/ports/workbook-host";
import { amountCellValue, toCellValue } from "../../core/workbook/host-cell-value";
import type { ExcelRun } from "./excel-run";
import { utf8Bytes } from "./request-budget";
import { sheetsPassedOver, type ListedSheet } from "../../core/workbook/sheets-passed-over";

/**
 * The first block's size is a guess (bytes per cell are unknown until one block is read): a
 * 10,000-row, 14-column roster fits in it, so small and medium sheets take one block.
 */
const FIRST_BLOCK_CELLS = 150_000;
/** Later blocks are sized from the bytes measured so far to land near this response size. */
const TARGET_RESPONSE_BYTES = 2.5 * 1024 * 1024;
/** Far below Excel's 5,000,000-cell read limit, whatever the measured bytes say. */
const MAX_BLOCK_CELLS = 1_000_000;

const PAYLOAD_LIMIT_CODES = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "RangeExceedsLimit"]);

function isPayloadLimit(error: unknown): boolean {
  return PAYLOAD_LIMIT_CODES.has((error as { code?: string })?.code ?? "");
}

export interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SheetCheckOptions extends CheckRun {
  readonly mergesSupported?: boolean;
  /** Keep each data row's ID and account keys, for the checks across sheets and submissions. */
  readonly collectPeople?: boolean;
  /** The 档案表 the clerk chose (对照档案). */
  readonly register?: ArchiveRegister;
  /** One sheet's check in the pane: the result lists the sheets passed over (hidden, results), for the verdict to say. */
  readonly sayPassedOver?: boolean;
}

/**
 * Reads the sheet's used range (values only) in row blocks and streams the rows into the core's
 * check session. Syncs: one for the used range's extent, one per block, and one after the first
 * block for what the values cannot tell: the amount column's number formats there (a date typed
 * as an amount is a serial number in `values`) and, where ExcelApi 1.13 has them, the merged
 * areas (a 地区 merged over its block). Later blocks bring the amount column's formats along. The
 * number of blocks grows with the sheet's bytes, not its rows, and a block that overruns Excel's
 * payload limit is retried at half the size. A sheet with no header in its first rows (a 封面)
 * is read no further than its first block.
 */
export function checkSheet(
  run: ExcelRun,
  template: Template,
  sheetName: string,
  options: SheetCheckOptions = {},
): Promise<CheckResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    // The other sheets ride along with the used range, so saying them costs no sync of its own.
    const listed = options.sayPassedOver === true ? context.workbook.worksheets.load("items/name,items/visibility") : null;
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code !== "ItemNotFound") throw error;
      throw new ReportError("sheet-not-found", `找不到工作表“${sheetName}”`, `There is no sheet named "${sheetName}"`);
    }
    const columnMap = options.columnMap ?? NO_COLUMN_MAP;
    const result = used.isNullObject
      ? startCheck(template, { sheet: sheetName }).finish()
      : await new BlockReader(context, sheet, used, template, sheetName, { ...options, columnMap }).read(options.onProgress);
    if (listed === null) return result;
    // A roster named 校验结果 beside another sheet is passed over as results, as the CLI does (check-roster-sheets.ts).
    return { ...result, skippedSheets: sheetsPassedOver(listed.items.map(listedSheet), sheetName, []) };
  });
}

function listedSheet({ name, visibility }: Excel.Worksheet): ListedSheet {
  return { name, visibility: visibility === "Visible" ? "visible" : visibility === "Hidden" ? "hidden" : "veryHidden" };
}

class BlockReader {
  private session: CheckSession | null = null;
  /** The amount column as an offset into the used range's columns, once the header is known. */
  private amountOffset: number | null = null;
  private hidden: ReadonlySet<number> | null = null;
  /** No header in the first block's header window: the rest of the sheet (a 封面, a 汇总) is not read. */
  private headerMissing = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheet: Excel.Worksheet,
    private readonly area: UsedArea,
    private readonly template: Template,
    private readonly sheetName: string,
    private readonly options: SheetCheckOptions & { readonly columnMap: ColumnMap },
  ) {}

  async read(onProgress?: (progress: CheckProgress) => void): Promise<CheckResult> {
    const { rowIndex, columnIndex, rowCount, columnCount } = this.area;
    const maxRows = Math.max(1, Math.floor(MAX_BLOCK_CELLS / columnCount));
    let blockRows = Math.min(maxRows, Math.max(1, Math.floor(FIRST_BLOCK_CELLS / columnCount)));
    let bytesRead = 0;
    let read = 0;
    onProgress?.({ rowsRead: 0, rowsTotal: rowCount });
    while (read < rowCount && !this.headerMissing) {
      const rows = Math.min(blockRows, rowCount - read);
      const block = this.sheet.getRangeByIndexes(rowIndex + read, columnIndex, rows, columnCount).load("values");
      let formats = this.amountOffset === null ? null : this.amountFormats(rowIndex + read, rows, this.amountOffset);
      // Hidden rows ride along with the first block, so they cost no sync of their own.
      const visible = this.hidden ? null : visibleAreas(this.sheet, this.area);
      try {
        await this.context.sync();
      } catch (error) {
        if (!isPayloadLimit(error) || rows === 1) throw error;
        blockRows = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      this.hidden ??= hiddenRows(this.area, visible!);
      const values = block.values;
      if (this.session === null) formats = await this.startSession(values, rowIndex + read + 1);
      this.push(values, formats?.numberFormat ?? null, rowIndex + read + 1);
      bytesRead += utf8Bytes(JSON.stringify(values));
      read += rows;
      blockRows = Math.min(maxRows, Math.max(1, Math.floor(TARGET_RESPONSE_BYTES / (bytesRead / read))));
      onProgress?.({ rowsRead: read, rowsTotal: rowCount });
    }
    return this.session!.finish();
  }

  /** Learns the amount column from the first block, then fetches its formats there and the merges in one sync. */
  private async startSession(values: unknown[][], firstSheetRow: number): Promise<Excel.Range | null> {
    const firstColumn = this.area.columnIndex + 1;
    // The used range starts on a row with values, so the header window is the block's first rows.
    const rows: SheetRow[] = [];
    values.slice(0, HEADER_WINDOW).forEach((cells, i) => {
      const row = cells.map(toCellValue);
      if (row.some((cell) => cell !== null)) rows.push({ rowNumber: firstSheetRow + i, cells: row, firstColumn, hidden: false });
    });
    const header = findHeader(this.template, rows, this.options.columnMap);
    this.headerMissing = header === null && values.length >= HEADER_WINDOW;
    const amountColumn = header?.columns.amount;
    this.amountOffset = amountColumn === undefined ? null : amountColumn - firstColumn;
    const formats = this.amountOffset === null ? null : this.amountFormats(firstSheetRow - 1, values.length, this.amountOffset);
    const merged = this.options.mergesSupported === true && header !== null ? mergedAreas(this.sheet, this.area) : null;
    if (formats || merged) await this.context.sync();
    const merges = merged && !merged.isNullObject ? merged.address.split(",").flatMap((address) => parseMergedRange(address) ?? []) : [];
    const { columnMap, collectPeople, register } = this.options;
    this.session = startCheck(this.template, { sheet: this.sheetName, merges, columnMap, collectPeople, register });
    return formats;
  }

  private amountFormats(rowIndex: number, rows: number, offset: number): Excel.Range {
    return this.sheet.getRangeByIndexes(rowIndex, this.area.columnIndex + offset, rows, 1).load("numberFormat");
  }

  private push(values: unknown[][], amountFormats: string[][] | null, firstSheetRow: number): void {
    const offset = this.amountOffset;
    values.forEach((cells, i) => {
      const sheetRow = firstSheetRow + i;
      const row = cells.map(toCellValue);
      if (offset !== null && amountFormats !== null) row[offset] = amountCellValue(row[offset], amountFormats[i][0]);
      if (row.some((cell) => cell !== null)) this.session!.pushRow(sheetRow, row, this.area.columnIndex + 1, this.hidden!.has(sheetRow));
    });
  }
}

export function mergedAreas(sheet: Excel.Worksheet, area: UsedArea): Excel.RangeAreas {
  const merged = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount).getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

export function visibleAreas(sheet: Excel.Worksheet, area: UsedArea): Excel.RangeAreas {
  const whole = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount);
  const visible = whole.getSpecialCellsOrNullObject("Visible");
  visible.areas.load("items/rowIndex,items/rowCount");
  return visible;
}

/** Sheet rows (1-based) of the used range not covered by any visible area: hidden or filtered out. */
export function hiddenRows(area: UsedArea, visible: Excel.RangeAreas): ReadonlySet<number> {
  const shown = new Set<number>();
  if (!visible.isNullObject) {
    for (const part of visible.areas.items) {
      for (let row = part.rowIndex; row < part.rowIndex + part.rowCount; row++) shown.add(row + 1);
    }
  }
  const hidden = new Set<number>();
  for (let row = area.rowIndex + 1; row <= area.rowIndex + area.rowCount; row++) if (!shown.has(row)) hidden.add(row);
  return hidden;
}
