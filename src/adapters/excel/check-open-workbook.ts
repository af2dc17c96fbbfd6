import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { CheckedSubmission, SubmissionsRun } from "../../core/ports/submissions-host";
import type { Template } from "../../core/template/schema";
import { allSheetsHidden, isHeaderNotFound, noHeaderInAnySheet } from "../xlsx/choose-sheet";
import type { ExcelRun } from "./excel-run";
import { OWN_SHEETS } from "../../core/workbook/sheet-names";
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
  const skipped: SkippedSheet[] = [];
  const refusals: unknown[] = [];
  let rowsBefore = 0;
  for (const sheet of sheets) {
    // The add-in's own sheets first: its veryHidden settings sheet is the add-in's, not a roster someone hid.
    if (OWN_SHEETS.includes(sheet.name)) skipped.push({ sheet: sheet.name, reason: "results" });
    else if (sheet.visibility !== "Visible") skipped.push({ sheet: sheet.name, reason: sheet.visibility === "Hidden" ? "hidden" : "veryHidden" });
    else {
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
      } catch (error) {
        if (!isHeaderNotFound(error)) throw error;
        skipped.push({ sheet: sheet.name, reason: "no-header" });
        refusals.push(error);
      }
      rowsBefore += rowsInSheet;
    }
  }
  options.onProgress?.({ filesDone: 1, filesTotal: 1, rowsRead: rowsBefore });
  if (checked.length > 0) return { file, checked, skipped };
  const tried = skipped.filter((sheet) => sheet.reason === "no-header").map((sheet) => sheet.sheet);
  return { file, error: tried.length === 0 ? allSheetsHidden(file, skipped.filter((sheet) => sheet.reason !== "results")) : noHeaderInAnySheet(file, template, tried, refusals) };
}
