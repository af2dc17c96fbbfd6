import { startCheck, type CheckOptions, type CheckSession } from "../../core/check/check-session";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { MergedRange } from "../../core/check/merged-ranges";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { allSheetsHidden, isHeaderNotFound, noHeaderInAnySheet, sheetsToTry } from "./choose-sheet";
import { openWorkbookReader, type SheetReader } from "./workbook-reader";

export interface WorkbookCheckOptions {
  /** The sheet the clerk named (--sheet); otherwise the first visible one with a recognised header. */
  readonly sheet?: string;
  /** Called as rows are read (about every half megabyte of sheet XML). */
  readonly onProgress?: (rowsRead: number) => void;
}

/**
 * Checks a workbook (.xlsx or .csv) row by row as its sheet part is inflated, never building the
 * workbook: the CLI's `check` and the page's worker. Hidden sheets are not taken for the roster
 * unless named (a veryHidden clean copy placed first must not stand in for the visible roster);
 * the result lists them as skipped.
 */
export async function checkWorkbookStream(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  options: WorkbookCheckOptions = {},
): Promise<CheckResult> {
  const sheets = openWorkbookReader(bytes, fileName);
  const skippedSheets: SkippedSheet[] =
    options.sheet === undefined ? sheets.flatMap((sheet) => (sheet.visibility === "visible" ? [] : [{ sheet: sheet.name, reason: sheet.visibility }])) : [];
  const candidates = options.sheet === undefined ? sheets.filter((sheet) => sheet.visibility === "visible") : sheets;
  if (candidates.length === 0 && sheets.length > 0) throw allSheetsHidden(fileName, skippedSheets);
  const tried = sheetsToTry(
    candidates.map((sheet) => sheet.name),
    options.sheet,
  );
  const progress = { rowsRead: 0, report: () => options.onProgress?.(progress.rowsRead) };
  for (const name of tried) {
    const sheet = candidates.find((candidate) => candidate.name === name)!;
    const { session, givenUp } = checkSheet(sheet, template, progress);
    if (givenUp && tried.length > 1) continue;
    try {
      return { ...session.finish(), skippedSheets };
    } catch (error) {
      // One sheet to try: the core's own message says which headers it needs.
      if (tried.length === 1 || !isHeaderNotFound(error)) throw error;
    }
  }
  throw noHeaderInAnySheet(fileName, tried);
}

/**
 * Pushes the sheet's rows into a check; gives up when the header window passed without a header.
 * A part lists its merged areas after its rows, yet the check needs those spanning several rows
 * (a 地区 merged over its block) from the first row on: in the rare sheet that has them, the rows
 * are read a second time (one pass over the bytes for the many sheets without).
 */
export function checkSheet(
  sheet: SheetReader,
  template: Template,
  progress: SheetProgress,
  options: Pick<CheckOptions, "collectPeople"> = {},
): { session: CheckSession; givenUp: boolean } {
  const first = pushRows(sheet, startCheck(template, { ...options, sheet: sheet.name }), progress);
  if (first.givenUp || !first.merges.some((merge) => merge.bottom > merge.top)) return first;
  progress.rowsRead = 0;
  return pushRows(sheet, startCheck(template, { ...options, sheet: sheet.name, merges: first.merges }), progress);
}

/** Rows read so far, and a way to say so. */
export interface SheetProgress {
  rowsRead: number;
  report(): void;
}

function pushRows(
  sheet: SheetReader,
  session: CheckSession,
  progress: SheetProgress,
): { session: CheckSession; givenUp: boolean; merges: readonly MergedRange[] } {
  let firstRow = 0;
  let givenUp = false;
  const merges = sheet.readRows(
    (rowNumber, cells, hidden) => {
      if (givenUp) return;
      firstRow ||= rowNumber;
      session.pushRow(rowNumber, cells, 1, hidden);
      progress.rowsRead++;
      // A sheet without a header in its first rows is left as soon as the core has given up on it.
      givenUp = rowNumber >= firstRow + HEADER_WINDOW - 1 && !session.headerFound();
    },
    () => {
      progress.report();
      return !givenUp;
    },
  );
  return { session, givenUp, merges };
}
