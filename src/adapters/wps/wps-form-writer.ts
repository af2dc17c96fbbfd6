import type { FormWriter } from "../../core/ports/form-writer";
import type { EtApplication } from "./et-api";
import { clearWpsFillRules, addWpsFillRules } from "./fill-rules";
import { insertWpsBlankForm } from "./insert-blank-form";
import { replaceWpsSheets } from "./results-sheets";
import { activeWorkbook, findSheet, sheetNamed } from "./workbook-sheets";

function activeSheet(app: EtApplication) {
  const sheet = app.ActiveSheet;
  if (!sheet) return sheetNamed(activeWorkbook(app), ""); // says there is no such sheet
  return sheet;
}

/** The 下发空白表 commands' host in WPS 表格. */
export function createWpsFormWriter(app: EtApplication): FormWriter {
  return {
    app: "WPS",
    insertBlankForm: async (spec) => insertWpsBlankForm(activeWorkbook(app), spec),
    addFillRules: async (template) => addWpsFillRules(activeWorkbook(app), activeSheet(app), template),
    clearFillRules: async () => clearWpsFillRules(activeWorkbook(app), activeSheet(app)),
    async showSheet(name, rows) {
      const workbook = activeWorkbook(app);
      replaceWpsSheets(workbook, [[name, rows.map((row) => [...row])]]);
      sheetNamed(workbook, name).Activate();
    },
    async deleteSheet(name) {
      findSheet(activeWorkbook(app), name)?.Delete();
    },
  };
}
