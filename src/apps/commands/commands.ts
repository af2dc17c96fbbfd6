import { createExcelHost } from "../../adapters/excel/excel-host";
import { createExcelFormWriter } from "../../adapters/excel/excel-form-writer";
import { officeExcelRun } from "../../adapters/excel/excel-run";
import { appendNotice, writeFailureNotice } from "../../adapters/excel/results-sheets";
import { addFillRulesCommand, clearFillRulesCommand, newBlankForm, type BlankFormPorts } from "./blank-form-commands";
import { ADD_FILL_RULES, CLEAR_FILL_RULES, NEW_BLANK_FORM } from "./blank-form-names";
import { ONE_CLICK_CHECK, oneClickCheck } from "./one-click-check";

/** Runs the command and always completes the event: Office shows a spinner until it is called. */
export async function runOneClickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await oneClickCheck(createExcelHost(), {
      failed: (line) => writeFailureNotice(officeExcelRun, line),
      partial: (issuesSheet, line) => appendNotice(officeExcelRun, issuesSheet, line),
    });
  } catch {
    // Even writing the notice failed (e.g. workbook structure protected): nothing more to show.
  } finally {
    event.completed();
  }
}

/** The 下发空白表 buttons: each completes its event whatever happens (nothing more can be shown). */
function blankFormAction(command: (ports: BlankFormPorts) => Promise<void>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await command({ ...createExcelFormWriter(officeExcelRun), loadSettings: () => createExcelHost().loadSettings() });
    } catch {
      // e.g. workbook structure protected: Excel itself shows nothing, and neither can a command.
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate(ONE_CLICK_CHECK, runOneClickCheck);
  Office.actions.associate(NEW_BLANK_FORM, blankFormAction(newBlankForm));
  Office.actions.associate(ADD_FILL_RULES, blankFormAction(addFillRulesCommand));
  Office.actions.associate(CLEAR_FILL_RULES, blankFormAction(clearFillRulesCommand));
});
