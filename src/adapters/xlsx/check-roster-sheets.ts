import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { ArchiveRegister } from "../../core/register/archive-register";
import type { Template } from "../../core/template/schema";
import { checkSheet, type SheetProgress } from "./check-workbook";
import { allSheetsHidden, isHeaderNotFound, noHeaderInAnySheet, sheetsToTry } from "./choose-sheet";
import { NOT_ROSTER_SHEETS, resultsNameOf } from "../../core/workbook/sheet-names";
import type { WorkbookFile } from "./workbook-file";
import type { SheetReader } from "./workbook-reader";

export interface RosterSheetsOptions {
  /** The sheets the clerk named (--sheet, repeatable): exactly these, hidden or not. Otherwise every roster sheet. */
  readonly sheets?: readonly string[];
  /** Rows read so far in this file, called about every half megabyte of sheet XML. */
  readonly onProgress?: (rowsRead: number) => void;
  /**
   * Keep each data row's ID and account keys for the checks across submissions: true when other
   * files are checked too. Within one file they are kept only when it has more than one sheet to try.
   */
  readonly collectPeople?: boolean;
  /** The clerk's 列对应 saved in the workbook. */
  readonly columnMap?: ColumnMap;
  /** The 档案表 to check archive numbers against. */
  readonly register?: ArchiveRegister;
}

/** Every roster sheet of a workbook checked, and every other sheet with the reason it was not. */
export interface RosterSheets {
  readonly checked: readonly CheckResult[];
  readonly skipped: readonly SkippedSheet[];
}

/**
 * Checks every visible sheet whose header the template recognises (a county's workbook has one
 * sheet per township), streaming each sheet's rows as its part is inflated. Hidden sheets, the
 * results sheets a previous run added and sheets without a roster header (汇总、封面、说明) are
 * listed as skipped; a file where nothing could be checked is refused with the reason.
 */
export async function checkRosterSheets(file: Pick<WorkbookFile, "fileName" | "sheets">, template: Template, options: RosterSheetsOptions = {}): Promise<RosterSheets> {
  const { fileName, sheets } = file;
  const collectPeople = options.collectPeople === true || sheets.length > 1;
  let rowsBefore = 0;
  const check = async (sheet: SheetReader) => {
    const progress: SheetProgress = { rowsRead: 0, report: () => options.onProgress?.(rowsBefore + progress.rowsRead) };
    const checked = await checkSheet(sheet, template, progress, { collectPeople, columnMap: options.columnMap, register: options.register });
    rowsBefore += progress.rowsRead;
    return checked;
  };

  if (options.sheets !== undefined && options.sheets.length > 0) {
    const names = sheets.map((sheet) => sheet.name);
    const named = [...new Set(options.sheets)].map((name) => sheets[names.indexOf(sheetsToTry(names, name)[0])]);
    // A sheet the clerk named must be a roster: the core's own message says which headers it needs.
    const checkedNamed: CheckResult[] = [];
    for (const sheet of named) checkedNamed.push((await check(sheet)).session.finish());
    // Hidden sheets the clerk did not name are still said: never a silent all-clear.
    const hiddenLeft = sheets.filter((sheet) => sheet.visibility !== "visible" && !named.includes(sheet));
    return { checked: checkedNamed, skipped: hiddenLeft.map((sheet) => ({ sheet: sheet.name, reason: sheet.visibility as "hidden" | "veryHidden" })) };
  }

  const checked: CheckResult[] = [];
  const skippedAt = new Map<SheetReader, SkippedSheet>();
  const refusals: unknown[] = [];
  const resultsNamed: SheetReader[] = [];
  for (const sheet of sheets) {
    if (sheet.visibility !== "visible") skippedAt.set(sheet, { sheet: sheet.name, reason: sheet.visibility });
    else if (resultsNameOf(sheet.name) !== null) resultsNamed.push(sheet);
    else if (NOT_ROSTER_SHEETS.includes(sheet.name)) skippedAt.set(sheet, { sheet: sheet.name, reason: "results" });
    else {
      const outcome = finishedOrNoHeader(await check(sheet));
      if ("result" in outcome) checked.push(outcome.result);
      else {
        skippedAt.set(sheet, { sheet: sheet.name, reason: "no-header" });
        refusals.push(outcome.error);
      }
    }
  }
  // A sheet named 校验结果 or 分地区汇总 (or a copy: 校验结果 (2)) is tried only when no other sheet is a roster: a clerk may
  // have named the roster so. Ours (one line per issue, no person column) has no roster header and
  // stays skipped as the product's results.
  const alone = checked.length === 0;
  for (const sheet of resultsNamed) {
    const outcome = alone ? finishedOrNoHeader(await check(sheet)) : null;
    if (outcome !== null && "result" in outcome) checked.push(outcome.result);
    else skippedAt.set(sheet, { sheet: sheet.name, reason: "results" });
  }
  const skipped = sheets.flatMap((sheet) => skippedAt.get(sheet) ?? []);
  if (checked.length > 0) return { checked, skipped };
  if (sheets.length > 0 && sheets.every((sheet) => sheet.visibility !== "visible")) throw allSheetsHidden(fileName, skipped);
  const tried = skipped.filter((sheet) => sheet.reason === "no-header").map((sheet) => sheet.sheet);
  // One sheet looked at (a CSV): the core's own message says which headers it needs.
  if (tried.length === 1 && refusals.length === 1) throw refusals[0];
  // Several: which sheet came nearest, and what it lacks.
  throw noHeaderInAnySheet(fileName, template, tried, refusals);
}

function finishedOrNoHeader({ session }: Awaited<ReturnType<typeof checkSheet>>): { result: CheckResult } | { error: unknown } {
  try {
    // A session that gave up has no header: finishing it only builds the message saying so.
    return { result: session.finish() };
  } catch (error) {
    if (isHeaderNotFound(error)) return { error };
    throw error;
  }
}
