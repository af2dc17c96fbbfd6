import { createExcelHost } from "../../adapters/excel/excel-host";
import { officeExcelRun } from "../../adapters/excel/excel-run";
import { appendNotice, writeFailureNotice } from "../../adapters/excel/results-sheets";
import { ONE_CLICK_CHECK, oneClickCheck } from "./one-click-check";

/** Runs the command and always completes the event: Office shows a spinner until it is called. */
export async function runOneClickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await oneClickCheck(createExcelHost(), {
      failed: (line) => writeFailureNotice(officeExcelRun, line),
      partial: (line) => appendNotice(officeExcelRun, line),
    });
  } catch {
    // Even writing the notice failed (e.g. workbook structure protected): nothing more to show.
  } finally {
    event.completed();
  }
}

Office.onReady(() => Office.actions.associate(ONE_CLICK_CHECK, runOneClickCheck));
