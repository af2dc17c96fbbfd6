import { basename } from "node:path";
import { checkWorkbookStream } from "../../adapters/xlsx/check-workbook";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult } from "../../core/check/types";
import { renderParsedSummary } from "../../core/summary/render-summary";
import type { Template } from "../../core/template/schema";
import { checkMany } from "./check-many";
import { packCarrier } from "./carry-pack";
import { chooseForm } from "./choose-form-node";
import { formLine, withFormKey } from "./form-note";
import { jsonReportChunks } from "./json-report";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { refuseUnsafeOutputs, writeOutputFile } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { namesSeveralSubmissions, submissionFiles } from "./submission-files-node";
import { textReport } from "./text-report";
import { writeChunks } from "./write-chunks";
import { settingsForFile } from "./workbook-settings-node";
import { writeAnnotatedOutput, writePublicOutput } from "./write-outputs-node";

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  const form = await chooseForm(command.form, (await submissionFiles(command.files))[0], command.sheet);
  // A report, or a 汇总 of several submissions: every roster sheet of every file named (check-many.ts).
  if ((command.out === undefined && command.publicOut === undefined) || (await namesSeveralSubmissions(command.files, command.sheets))) {
    return checkMany(command, async (path, bytes) => writeOutputFile(path, (sink) => sink(bytes)), form);
  }
  refuseUnsafeOutputs(command.file, [
    ...(command.out === undefined ? [] : [{ option: "--out", path: command.out }]),
    ...(command.publicOut === undefined ? [] : [{ option: "--public", path: command.publicOut }]),
  ]);
  const rulesTemplate = await loadTemplate(form.template, command.rules);
  const bytes = await readInputFile(command.file);
  const fileName = basename(command.file);
  const { template, columnMap } = await settingsForFile(bytes, fileName, { baseTemplate: form.template, template: rulesTemplate, rules: command.rules });
  const summaryTemplate = await loadSummary(template, command.summaryTemplate);

  const result = await checkStreaming(bytes, fileName, template, columnMap, command.sheet);
  if (command.out !== undefined) writeAnnotatedOutput(command.out, bytes, fileName, result, template, await packCarrier(form, bytes));
  if (command.publicOut !== undefined) await writePublicOutput(command.publicOut, bytes, fileName, result, template);

  const summary = renderParsedSummary(summaryTemplate, result);
  await writeChunks(process.stdout, command.json ? withFormKey(jsonReportChunks(result, summary.text), form) : [formLine(form) + textReport(fileName, result, summary)]);
  return result.issues.some((issue) => issue.severity === "error") ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

/** Only the result is needed: rows go straight from the inflated sheet into the check. */
async function checkStreaming(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  columnMap: ColumnMap,
  sheet: string | undefined,
): Promise<CheckResult> {
  const progress = progressLine(process.stderr);
  try {
    return await checkWorkbookStream(bytes, fileName, template, { sheet, columnMap, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
