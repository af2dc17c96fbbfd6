import type { WorkbookHost } from "../../core/ports/workbook-host";
import { readExcelRows, watchExcelEdits } from "./live-edits";
import { officeExcelRun, officeIsSetSupported, type ExcelRun, type IsSetSupported } from "./excel-run";
import { clearMarks, markIssues } from "./mark-issues";
import { readHeaderRows } from "./header-rows";
import { checkSheet } from "./read-sheet";
import { readSheetFirstRows, writeResultSheets } from "./results-sheets";
import { rosterChoices } from "../../core/workbook/results-tables";
import { writeSummary } from "./write-summary";
import { loadWorkbookSettings, saveWorkbookSettings } from "./settings-store";
import { createExcelSelfTest, officeHostIdentity } from "./self-test";
import type { HostIdentity } from "../../core/ports/self-test-host";

export interface ExcelHostOptions {
  /** Excel.run in the add-in; the in-memory Excel in tests. */
  readonly run?: ExcelRun;
  /** Office.context.requirements.isSetSupported in the add-in. */
  readonly isSetSupported?: IsSetSupported;
  /** Office.context.diagnostics in the add-in: what the 自检 report names. */
  readonly identity?: () => HostIdentity;
}

/** The WorkbookHost for Excel (Windows, Mac, web): every Office.js call goes through `run`. */
export function createExcelHost({ run = officeExcelRun, isSetSupported = officeIsSetSupported, identity = officeHostIdentity }: ExcelHostOptions = {}): WorkbookHost {
  // A clerk's roster named 校验结果 is offered (last); the results the add-in wrote are not.
  const listSheets = () => run(async (context) => rosterChoices(await readSheetFirstRows(context)));

  return {
    kind: "excel",
    listSheets,
    async defaultSheet() {
      const active = await run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
        return sheet.name;
      });
      const choices = await listSheets();
      return choices.includes(active) ? active : (choices[0] ?? active);
    },
    // Merged areas need ExcelApi 1.13; below it a merged 地区 reads as empty under its first row.
    check: (template, sheet, options) => checkSheet(run, template, sheet, { ...options, mergesSupported: isSetSupported("ExcelApi", "1.13"), sayPassedOver: true }),
    headerRows: (sheet) => readHeaderRows(run, sheet),
    markIssues: (result) => markIssues({ run, isSetSupported }, result),
    clearMarks: () => clearMarks({ run, isSetSupported }),
    selectCell: (sheet, address) =>
      run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(address).select();
        await context.sync();
      }),
    writeResultSheets: (result, template) => writeResultSheets(run, result, template),
    writeSummary: (text) => writeSummary(run, text),
    loadSettings: () => loadWorkbookSettings(run),
    saveSettings: (settings) => saveWorkbookSettings(run, settings),
    watchEdits: (onEdit) => watchExcelEdits(run, onEdit),
    readRows: (sheet, span) => readExcelRows(run, isSetSupported, sheet, span),
    selfTest: createExcelSelfTest(run, identity),
  };
}
