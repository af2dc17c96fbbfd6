import { basename } from "node:path";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { ColumnMap } from "../../core/check/column-map";
import type { Template } from "../../core/template/schema";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import { checkMany, consolidateFile, report } from "./check-many";
import { packCarrier } from "./carry-pack";
import { chooseForm, type ChosenForm } from "./choose-form-node";
import { withFormHint } from "./form-hint-node";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { refuseUnsafeOutputs, writeOutputFile } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { namesSeveralFiles, submissionFiles } from "./submission-files-node";
import { UnitNames } from "./unit-names";
import { settingsForFile } from "./workbook-settings-node";
import { writeAnnotatedOutput, writePublicListOutput, writePublicOutput } from "./write-outputs-node";

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  const firstFile = (await submissionFiles(command.files))[0];
  const form = await chooseForm(command.form, firstFile, command.sheet, { several: await namesSeveralFiles(command.files), useSaved: command.useSavedSettings });
  try {
    return await checkAs(command, form);
  } catch (error) {
    throw await withFormHint(error, form, firstFile, command.sheet);
  }
}

async function checkAs(command: CheckCommand, form: ChosenForm): Promise<number> {
  // A report, or a 汇总 of several files: every roster sheet of every file named (check-many.ts).
  if ((command.out === undefined && command.publicOut === undefined) || (await namesSeveralFiles(command.files))) {
    return checkMany(command, async (path, bytes) => writeOutputFile(path, (sink) => sink(bytes)), form);
  }
  refuseUnsafeOutputs(command.file, [
    ...(command.out === undefined ? [] : [{ option: "--out", path: command.out }]),
    ...(command.publicOut === undefined ? [] : [{ option: "--public", path: command.publicOut }]),
  ]);
  const rulesTemplate = await loadTemplate(form.template, command.rules);
  const bytes = await readInputFile(command.file);
  const fileName = basename(command.file);
  const { template, columnMap, said } = await settingsForFile(bytes, {
    baseTemplate: form.template,
    template: rulesTemplate,
    rules: command.rules,
    useSaved: command.useSavedSettings,
    packSaid: form.chosenBy === "workbook-refused",
  });
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);

  // One file's outputs are its own: every roster sheet marked in its copy, the 公示版 over them.
  const { checked, skipped } = await checkStreaming(bytes, fileName, template, columnMap, command.sheets);
  const consolidated = consolidateFile(fileName, checked, skipped, new UnitNames(command.units));
  if (command.out !== undefined) writeAnnotatedOutput(command.out, bytes, fileName, checked, consolidated, template, await packCarrier(form, bytes));
  if (command.publicOut !== undefined) {
    if (checked.length === 1) await writePublicOutput(command.publicOut, bytes, fileName, checked[0], template);
    else await writePublicListOutput(command.publicOut, [{ file: fileName, bytes: async () => bytes }], consolidated, checked, template);
  }
  return report(command, form, consolidated, checked.length === 1 ? checked[0] : null, chosenSummary ?? defaultSummary(template, consolidated.units.length), said.length > 0 ? [{ file: fileName, said }] : []);
}

/** Only the results are needed: rows go straight from the inflated sheets into the check. */
async function checkStreaming(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  columnMap: ColumnMap,
  sheets: readonly string[],
): Promise<RosterSheets> {
  const progress = progressLine(process.stderr);
  try {
    return await checkRosterSheets(bytes, fileName, template, { sheets, columnMap, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
