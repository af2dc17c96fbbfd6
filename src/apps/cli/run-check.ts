import { resolve } from "node:path";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { wrongCopyExtension } from "../../adapters/xlsx/macro-workbook";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import type { ColumnMap } from "../../core/check/column-map";
import type { Template } from "../../core/template/schema";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import { ReportError } from "../../core/errors";
import { checkMany, consolidateFile, outputOptions, report } from "./check-many";
import { packCarrier } from "./carry-pack";
import { chooseForm, formOption, type ChosenForm } from "./choose-form-node";
import { withFormHint } from "./form-hint-node";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { loadRegister } from "./load-register-node";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { filesWritten, refuseUnsafeOutputs, refuseUnusableOutputs, writeOutputFile, type NamedOutput } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { namesSeveralFiles, submissionFiles } from "./submission-files-node";
import { openInput } from "./open-input-node";
import { terminalText } from "./terminal-text";
import { UnitNames } from "./unit-names";
import { settingsForFile } from "./workbook-settings-node";
import { writeAnnotatedOutput, writePublicListOutput, writePublicOutput } from "./write-outputs-node";

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  const files = await submissionFiles(command.files);
  const outputs = outputOptions(command);
  // Before any work: never onto a roster (by name or through a link), then what the folders and --force allow.
  for (const file of files) refuseUnsafeOutputs(file, outputs);
  refuseUnusableOutputs(outputs, command.force);
  const code = await checkFormsOf(command, files);
  // Last, after the report: where each file went, with its folder, since a relative name is easily lost.
  // --json is for programs, which named the files themselves: its stdout stays one object, its stderr quiet.
  if (!command.json) process.stdout.write(writtenFiles(outputs));
  return code;
}

/**
 * One file is opened once, here: its form is read from that opening, which its check then uses.
 * Several files without --form are each checked as their own header's form, on the thread that
 * opens them (check-many.ts); with --form, all as that form.
 */
async function checkFormsOf(command: CheckCommand, files: readonly string[]): Promise<number> {
  const several = await namesSeveralFiles(command.files);
  if (several && command.out !== undefined && !/\.xlsx$/i.test(command.out)) throw consolidatedNotXlsx(command.out);
  if (files.length > 1) {
    const form = command.form === undefined ? null : await formOption(command.form);
    return checkMany(command, writeTo(command), form);
  }
  const opening = openInput(files[0]);
  const form = await chooseForm(command.form, opening, command.sheet, { several, useSaved: command.useSavedSettings });
  try {
    return await checkAs(command, form, opening, several);
  } catch (error) {
    throw await withFormHint(error, form, opening, command.sheet);
  }
}

function writeTo(command: CheckCommand): (path: string, bytes: Uint8Array) => Promise<void> {
  return async (path, bytes) => writeOutputFile(path, (sink) => sink(bytes), undefined, { replace: command.force });
}

async function checkAs(command: CheckCommand, form: ChosenForm, opening: Promise<WorkbookFile>, several: boolean): Promise<number> {
  // A report, or a 汇总 of a folder: every roster sheet of the file (check-many.ts).
  if ((command.out === undefined && command.publicOut === undefined) || several) return checkMany(command, writeTo(command), form, opening);
  const rulesTemplate = await loadTemplate(form.template, command.rules);
  // Opened once: its form, its saved settings, its check and its 公示版 share one read of the file, its zip directory and shared strings.
  const file = await opening;
  const { bytes, fileName } = file;
  // The copy keeps the workbook's format: a roster with macros gives an .xlsm, never an .xlsx silently.
  const refusal = command.out === undefined ? null : wrongCopyExtension(fileName, command.out, await file.copyExtension());
  if (refusal !== null) throw refusal;
  const { template, columnMap, said } = await settingsForFile(file, {
    baseTemplate: form.template,
    template: rulesTemplate,
    rules: command.rules,
    useSaved: command.useSavedSettings,
    packSaid: form.chosenBy === "workbook-refused",
  });
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);

  // One file's outputs are its own: every roster sheet marked in its copy, the 公示版 over them.
  const register = await loadRegister(command.registers);
  const { checked, skipped } = await checkStreaming(file, template, { columnMap, register }, command.sheets);
  const consolidated = consolidateFile(fileName, checked, skipped, new UnitNames(command.units), { register, registerScope: command.registerScope });
  const replace = command.force;
  if (command.out !== undefined) writeAnnotatedOutput(command.out, file, checked, consolidated, template, replace, await packCarrier(form, file));
  if (command.publicOut !== undefined) {
    if (checked.length === 1) await writePublicOutput(command.publicOut, file, checked[0], template, replace);
    else await writePublicListOutput(command.publicOut, [{ file: fileName, bytes: async () => bytes }], consolidated, template, replace);
  }
  const summary = chosenSummary ?? defaultSummary(template, consolidated.units.length);
  const notes = said.length > 0 ? [{ file: fileName, said }] : [];
  return report(command, [{ form, template, consolidated, onlyResult: checked.length === 1 ? checked[0] : null, summary, ownSummary: chosenSummary !== null, notes, sources: [] }]);
}

/** The 汇总 of several files is a new workbook, without macros. */
function consolidatedNotXlsx(out: string): ReportError {
  return new ReportError(
    "usage",
    `汇总多份名单时 --out 写出新的汇总工作簿（.xlsx，不含宏）：“${out}”请改为以 .xlsx 结尾的文件名`,
    `With several rosters --out writes a new consolidated workbook (.xlsx, no macros): give "${out}" a name ending in .xlsx`,
  );
}

/** The outputs this run wrote (not those an incomplete run refused), with the option that named each and its full path. */
function writtenFiles(outputs: readonly NamedOutput[]): string {
  const written = outputs.filter(({ path }) => filesWritten().includes(path));
  if (written.length === 0) return "";
  const lines = written.map(({ option, path }) => `  ${option.padEnd(9)}${terminalText(resolve(path))}`);
  return `\n已写出 ${written.length} 个文件 / ${written.length} file(s) written:\n${lines.join("\n")}\n`;
}

/** Only the results are needed: rows go straight from the inflated sheets into the check. */
async function checkStreaming(
  file: WorkbookFile,
  template: Template,
  { columnMap, register }: { columnMap: ColumnMap; register: ArchiveRegister | undefined },
  sheets: readonly string[],
): Promise<RosterSheets> {
  const progress = progressLine(process.stderr);
  try {
    return await checkRosterSheets(file, template, { sheets, columnMap, register, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
