import { startCheck } from "../../core/check/check-session";
import type { CheckResult } from "../../core/check/types";
import { ReportError } from "../../core/errors";
import type { Template } from "../../core/template/schema";
import type { CheckProgress } from "../../apps/host-port";
import { toCellValue } from "./cell-value";
import type { ExcelRun } from "./excel-run";
import { utf8Bytes } from "./request-budget";

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

interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Reads the sheet's used range (values only) in row blocks and streams the rows into the core's
 * check session. Syncs: one for the used range's extent, then one per block; the number of blocks
 * grows with the sheet's bytes, not its rows, and a block that overruns Excel's payload limit is
 * retried at half the size.
 */
export function checkSheet(
  run: ExcelRun,
  template: Template,
  sheetName: string,
  onProgress?: (progress: CheckProgress) => void,
): Promise<CheckResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code !== "ItemNotFound") throw error;
      throw new ReportError("sheet-not-found", `找不到工作表“${sheetName}”`, `There is no sheet named "${sheetName}"`);
    }
    const session = startCheck(template, { sheet: sheetName });
    if (!used.isNullObject) await readBlocks(context, sheet, used, session, onProgress);
    return session.finish();
  });
}

async function readBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: UsedArea,
  session: ReturnType<typeof startCheck>,
  onProgress?: (progress: CheckProgress) => void,
): Promise<void> {
  const { rowIndex, columnIndex, rowCount, columnCount } = area;
  const maxRows = Math.max(1, Math.floor(MAX_BLOCK_CELLS / columnCount));
  let blockRows = Math.min(maxRows, Math.max(1, Math.floor(FIRST_BLOCK_CELLS / columnCount)));
  let hidden: ReadonlySet<number> | null = null;
  let bytesRead = 0;
  let read = 0;
  onProgress?.({ rowsRead: 0, rowsTotal: rowCount });
  while (read < rowCount) {
    const rows = Math.min(blockRows, rowCount - read);
    const block = sheet.getRangeByIndexes(rowIndex + read, columnIndex, rows, columnCount).load("values");
    // Hidden rows ride along with the first block, so they cost no sync of their own.
    const visible = hidden ? null : visibleAreas(sheet, area);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || rows === 1) throw error;
      blockRows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    hidden ??= hiddenRows(area, visible!);
    const values = block.values;
    values.forEach((cells, i) => {
      const sheetRow = rowIndex + read + i + 1;
      const row = cells.map(toCellValue);
      if (row.some((cell) => cell !== null)) session.pushRow(sheetRow, row, columnIndex + 1, hidden!.has(sheetRow));
    });
    bytesRead += utf8Bytes(JSON.stringify(values));
    read += rows;
    blockRows = Math.min(maxRows, Math.max(1, Math.floor(TARGET_RESPONSE_BYTES / (bytesRead / read))));
    onProgress?.({ rowsRead: read, rowsTotal: rowCount });
  }
}

function visibleAreas(sheet: Excel.Worksheet, area: UsedArea): Excel.RangeAreas {
  const whole = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount);
  const visible = whole.getSpecialCellsOrNullObject("Visible");
  visible.areas.load("items/rowIndex,items/rowCount");
  return visible;
}

/** Sheet rows (1-based) of the used range not covered by any visible area: hidden or filtered out. */
function hiddenRows(area: UsedArea, visible: Excel.RangeAreas): ReadonlySet<number> {
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
