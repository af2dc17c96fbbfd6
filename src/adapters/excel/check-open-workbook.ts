import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { CheckedSubmission, SubmissionsRun } from "../../core/ports/submissions-host";
import type { Template } from "../../core/template/schema";
import { allSheetsHidden, isHeaderNotFound, noHeaderInAnySheet } from "../xlsx/choose-sheet";
import type { ExcelRun } from "./excel-run";
import { OWN_SHEETS, resultsNameOf } from "../../core/workbook/sheet-names";
import { checkSheet } from "./read-sheet";

export interface OpenWorkbookCheck extends SubmissionsRun {
  /** ExcelApi 1.13: merged areas can be read. */
  readonly mergesSupported: boolean;
}

interface SheetEntry {
  readonly name: string;
  readonly visibility: `${Excel.SheetVisibility}`;
}

/**
 * Every roster sheet of the open workbook (a county's workbook has one per township), each read as
 * a single check reads its sheet — the same syncs per sheet — with its people kept for the
 * duplicates across sheets. Hidden sheets, the add-in's own sheets and sheets without a roster
 * header (封面、说明、汇总) come back as skipped with the reason; a workbook where nothing could be
 * checked comes back as the reason.
 */
export async function checkOpenWorkbook(run: ExcelRun, template: Template, options: OpenWorkbookCheck): Promise<CheckedSubmission> {
  const { file, sheets } = await run(async (context) => {
    const workbook = context.workbook.load("name");
    const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return { file: workbook.name, sheets: worksheets.items.map(({ name, visibility }): SheetEntry => ({ name, visibility })) };
  });

  const checked: CheckResult[] = [];
  const skippedAt = new Map<SheetEntry, SkippedSheet>();
  const refusals: unknown[] = [];
  const resultsNamed: SheetEntry[] = [];
  let rowsBefore = 0;
  /** Checks the sheet into `checked`; the refusal when it has no roster header. */
  const check = async (sheet: SheetEntry): Promise<{ refusal: unknown } | null> => {
    let rowsInSheet = 0;
    try {
      checked.push(
        await checkSheet(run, template, sheet.name, {
          columnMap: options.columnMap,
          mergesSupported: options.mergesSupported,
          collectPeople: true,
          register: options.register,
          onProgress: ({ rowsRead }) => {
            rowsInSheet = rowsRead;
            options.onProgress?.({ filesDone: 0, filesTotal: 1, rowsRead: rowsBefore + rowsRead });
          },
        }),
      );
      return null;
    } catch (error) {
      if (!isHeaderNotFound(error)) throw error;
      return { refusal: error };
    } finally {
      rowsBefore += rowsInSheet;
    }
  };
  for (const sheet of sheets) {
    // The add-in's own sheets first: its veryHidden settings sheet is the add-in's, not a roster someone hid.
    if (sheet.visibility === "Visible" && resultsNameOf(sheet.name) !== null) resultsNamed.push(sheet);
    else if (OWN_SHEETS.includes(sheet.name)) skippedAt.set(sheet, { sheet: sheet.name, reason: "results" });
    else if (sheet.visibility !== "Visible") skippedAt.set(sheet, { sheet: sheet.name, reason: sheet.visibility === "Hidden" ? "hidden" : "veryHidden" });
    else {
      const refused = await check(sheet);
      if (refused !== null) {
        skippedAt.set(sheet, { sheet: sheet.name, reason: "no-header" });
        refusals.push(refused.refusal);
      }
    }
  }
  // A sheet named 校验结果 (or 校验结果(2)…) is tried only when no other sheet is a roster, as the CLI and
  // the page do (check-roster-sheets.ts): a clerk may have named the roster so. Ours has no roster
  // header and stays skipped as the add-in's results.
  const alone = checked.length === 0;
  for (const sheet of resultsNamed) {
    if (!alone || (await check(sheet)) !== null) skippedAt.set(sheet, { sheet: sheet.name, reason: "results" });
  }
  const skipped = sheets.flatMap((sheet) => skippedAt.get(sheet) ?? []);
  options.onProgress?.({ filesDone: 1, filesTotal: 1, rowsRead: rowsBefore });
  if (checked.length > 0) return { file, checked, skipped };
  const tried = skipped.filter((sheet) => sheet.reason === "no-header").map((sheet) => sheet.sheet);
  return { file, error: tried.length === 0 ? allSheetsHidden(file, skipped.filter((sheet) => sheet.reason !== "results")) : noHeaderInAnySheet(file, template, tried, refusals) };
}
