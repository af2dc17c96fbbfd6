import { basename } from "node:path";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { ColumnMap } from "../../core/check/column-map";
import type { Template } from "../../core/template/schema";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import { ReportError } from "../../core/errors";
import { checkForm, checkMany, consolidateFile, outputOptions, report } from "./check-many";
import { formsOfFiles, type FormFiles } from "./forms-of-files-node";
import { packCarrier } from "./carry-pack";
import { chooseForm, type ChosenForm } from "./choose-form-node";
import { withFormHint } from "./form-hint-node";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { loadRegister } from "./load-register-node";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { refuseUnsafeOutputs, writeOutputFile } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { formSource, namesSeveralFiles, submissionFiles } from "./submission-files-node";
import { UnitNames } from "./unit-names";
import { settingsForFile } from "./workbook-settings-node";
import { writeAnnotatedOutput, writePublicListOutput, writePublicOutput } from "./write-outputs-node";

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  const files = await submissionFiles(command.files);
  const firstFile = await formSource(files);
  if (command.form === undefined && files.length > 1) {
    const forms = await formsOfFiles(files, command.sheet);
    if (forms.length > 1) return checkForms(command, forms);
  }
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
  refuseUnsafeOutputs(command.file, outputOptions(command));
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
  const register = await loadRegister(command.registers);
  const { checked, skipped } = await checkStreaming(bytes, fileName, template, { columnMap, register }, command.sheets);
  const consolidated = consolidateFile(fileName, checked, skipped, new UnitNames(command.units), { register, registerScope: command.registerScope });
  if (command.out !== undefined) writeAnnotatedOutput(command.out, bytes, fileName, checked, consolidated, template, await packCarrier(form, bytes));
  if (command.publicOut !== undefined) {
    if (checked.length === 1) await writePublicOutput(command.publicOut, bytes, fileName, checked[0], template);
    else await writePublicListOutput(command.publicOut, [{ file: fileName, bytes: async () => bytes }], consolidated, template);
  }
  const summary = chosenSummary ?? defaultSummary(template, consolidated.units.length);
  const notes = said.length > 0 ? [{ file: fileName, said }] : [];
  return report(command, [{ form, template, consolidated, onlyResult: checked.length === 1 ? checked[0] : null, summary, ownSummary: chosenSummary !== null, notes }]);
}

/**
 * Files of several forms in one run: each form's files checked and consolidated as one run of that
 * form, the report a section per form (and --report one document over all). A 汇总 workbook or 公示名单
 * has one form's columns, so --out and --public are refused here rather than written for one form.
 */
async function checkForms(command: CheckCommand, forms: readonly FormFiles[]): Promise<number> {
  if (command.out !== undefined || command.publicOut !== undefined) {
    const names = forms.map((group) => group.form.template.name).join("、");
    throw new ReportError(
      "usage",
      `这次的文件有 ${forms.length} 种报表（${names}）：--out、--public 一次只能写一种，请按报表分开运行（--form 指定）；--report 可以合在一起`,
      `The files are of ${forms.length} forms (${names}): --out and --public take one form at a time, so run each form on its own (--form); --report may cover them all`,
    );
  }
  const runs = [];
  const write = async (path: string, bytes: Uint8Array) => writeOutputFile(path, (sink) => sink(bytes));
  for (const group of forms) runs.push(await checkForm({ ...command, files: group.files, file: group.files[0] }, write, group.form));
  return report(command, runs);
}

/** Only the results are needed: rows go straight from the inflated sheets into the check. */
async function checkStreaming(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  { columnMap, register }: { columnMap: ColumnMap; register: ArchiveRegister | undefined },
  sheets: readonly string[],
): Promise<RosterSheets> {
  const progress = progressLine(process.stderr);
  try {
    return await checkRosterSheets(bytes, fileName, template, { sheets, columnMap, register, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
