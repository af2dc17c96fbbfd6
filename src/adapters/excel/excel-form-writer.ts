import type { FormWriter } from "../../core/ports/form-writer";
import type { ExcelRun } from "./excel-run";
import { addFillRules, clearFillRules } from "./fill-rules";
import { insertBlankForm } from "./insert-blank-form";
import { replaceSheets } from "./results-sheets";

/** The 下发空白表 commands' host in Excel: every call through `run`. */
export function createExcelFormWriter(run: ExcelRun): FormWriter {
  return {
    app: "Excel",
    insertBlankForm: (spec) => insertBlankForm(run, spec),
    addFillRules: (template) => addFillRules(run, template),
    clearFillRules: () => clearFillRules(run),
    async showSheet(name, rows) {
      await replaceSheets(run, [[name, rows.map((row) => [...row])]]);
      await run(async (context) => context.workbook.worksheets.getItem(name).activate());
    },
    deleteSheet: (name) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!sheet.isNullObject) sheet.delete();
      }),
  };
}
