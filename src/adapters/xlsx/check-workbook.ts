import { startCheck, type CheckOptions, type CheckSession } from "../../core/check/check-session";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { MergedRange } from "../../core/check/merged-ranges";
import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { ArchiveRegister } from "../../core/register/archive-register";
import type { Template } from "../../core/template/schema";
import { allSheetsHidden, isHeaderNotFound, noHeaderInAnySheet, sheetsToTry } from "./choose-sheet";
import { openWorkbookReader, type SheetReader } from "./workbook-reader";

export interface WorkbookCheckOptions {
  /** The sheet the clerk named (--sheet); otherwise the first visible one with a recognised header. */
  readonly sheet?: string;
  /** Called as rows are read (about every half megabyte of sheet XML). */
  readonly onProgress?: (rowsRead: number) => void;
  /** The clerk's 列对应 (saved in the workbook, or chosen in the pane). */
  readonly columnMap?: ColumnMap;
  /** The 档案表 to check archive numbers against. */
  readonly register?: ArchiveRegister;
}

/**
 * Checks a workbook (.xlsx or .csv) row by row as its sheet part is inflated, never building the
 * workbook: the CLI's `check` and the page's worker. Hidden sheets are not taken for the roster
 * unless named (a veryHidden clean copy placed first must not stand in for the visible roster);
 * the result lists every hidden sheet it did not check.
 */
export async function checkWorkbookStream(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  options: WorkbookCheckOptions = {},
): Promise<CheckResult> {
  const sheets = await openWorkbookReader(bytes, fileName);
  const hidden: SkippedSheet[] = sheets.flatMap((sheet) => (sheet.visibility === "visible" ? [] : [{ sheet: sheet.name, reason: sheet.visibility }]));
  const candidates = options.sheet === undefined ? sheets.filter((sheet) => sheet.visibility === "visible") : sheets;
  if (candidates.length === 0 && sheets.length > 0) throw allSheetsHidden(fileName, hidden);
  const tried = sheetsToTry(
    candidates.map((sheet) => sheet.name),
    options.sheet,
  );
  const progress = { rowsRead: 0, report: () => options.onProgress?.(progress.rowsRead) };
  const refusals: unknown[] = [];
  for (const name of tried) {
    const sheet = candidates.find((candidate) => candidate.name === name)!;
    const { session } = await checkSheet(sheet, template, progress, { columnMap: options.columnMap, register: options.register });
    try {
      return { ...session.finish(), skippedSheets: hidden.filter((skipped) => skipped.sheet !== name) };
    } catch (error) {
      // One sheet to try: the core's own message says which headers it needs. Several: the
      // refusals say which sheet came nearest.
      if (tried.length === 1 || !isHeaderNotFound(error)) throw error;
      refusals.push(error);
    }
  }
  throw noHeaderInAnySheet(fileName, template, tried, refusals);
}

/**
 * Pushes the sheet's rows into a check; gives up when the header window passed without a header.
 * A part lists its merged areas after its rows, yet the check needs those spanning several rows
 * (a 地区 merged over its block) from the first row on: in the rare sheet that has them, the rows
 * are read a second time (one pass over the bytes for the many sheets without).
 */
export async function checkSheet(
  sheet: SheetReader,
  template: Template,
  progress: SheetProgress,
  options: Pick<CheckOptions, "collectPeople" | "columnMap" | "register"> = {},
): Promise<{ session: CheckSession; givenUp: boolean }> {
  const sessionOptions: CheckOptions = { ...options, sheet: sheet.name, textOnly: sheet.textOnly };
  const first = await pushRows(sheet, startCheck(template, sessionOptions), progress);
  if (first.givenUp || !first.merges.some((merge) => merge.bottom > merge.top)) return first;
  progress.rowsRead = 0;
  return pushRows(sheet, startCheck(template, { ...sessionOptions, merges: first.merges }), progress);
}

/** Rows read so far, and a way to say so. */
export interface SheetProgress {
  rowsRead: number;
  report(): void;
}

async function pushRows(
  sheet: SheetReader,
  session: CheckSession,
  progress: SheetProgress,
): Promise<{ session: CheckSession; givenUp: boolean; merges: readonly MergedRange[] }> {
  let firstRow = 0;
  let givenUp = false;
  const merges = await sheet.readRows(
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
