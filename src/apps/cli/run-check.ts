import { basename, resolve } from "node:path";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import type { ColumnMap } from "../../core/check/column-map";
import type { Template } from "../../core/template/schema";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import { openInputFile } from "./check-file-node";
import { checkMany, consolidateFile, report } from "./check-many";
import { packCarrier } from "./carry-pack";
import { chooseForm, type ChosenForm } from "./choose-form-node";
import { withFormHint } from "./form-hint-node";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { refuseUnsafeOutputs, refuseUnusableOutputs, writeOutputFile, type NamedOutput } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { fileLabels, namesSeveralFiles, submissionFiles } from "./submission-files-node";
import { UnitNames } from "./unit-names";
import { terminalText } from "./terminal-text";
import { settingsForFile } from "./workbook-settings-node";
import { writeAnnotatedOutput, writePublicListOutput, writePublicOutput } from "./write-outputs-node";

/** Runs `report check`; returns the exit code, or throws ReportError for unusable input. */
export async function runCheck(command: CheckCommand): Promise<number> {
  const files = await submissionFiles(command.files);
  const outputs = namedOutputs(command);
  // Before any work: never onto a roster (by name or through a link), then what the folders and --force allow.
  for (const file of files) refuseUnsafeOutputs(file, outputs);
  refuseUnusableOutputs(outputs, command.force);
  // Opened once, for the form, its saved settings and its check; one that cannot be opened is named by the check.
  const first = await openInputFile(files[0], fileLabels(files)[0]).catch(() => null);
  const form = await chooseForm(command.form, first, command.sheet);
  let code: number;
  try {
    code = await checkAs(command, form, first);
  } catch (error) {
    throw await withFormHint(error, form, first, command.sheet);
  }
  // Last, after the report: where each file went, with the folder, since a relative name is easily lost.
  // --json is for programs, which named the files themselves: its stdout stays one object, its stderr quiet.
  if (outputs.length > 0 && !command.json) process.stdout.write(writtenFiles(outputs));
  return code;
}

function namedOutputs(command: CheckCommand): NamedOutput[] {
  return [
    ...(command.out === undefined ? [] : [{ option: "--out", path: command.out }]),
    ...(command.publicOut === undefined ? [] : [{ option: "--public", path: command.publicOut }]),
  ];
}

function writtenFiles(outputs: readonly NamedOutput[]): string {
  const lines = outputs.map(({ option, path }) => `  ${option.padEnd(9)}${terminalText(resolve(path))}`);
  return `\n已写出 ${outputs.length} 个文件 / ${outputs.length} file(s) written:\n${lines.join("\n")}\n`;
}

async function checkAs(command: CheckCommand, form: ChosenForm, first: WorkbookFile | null): Promise<number> {
  // A report, or a 汇总 of several files: every roster sheet of every file named (check-many.ts).
  if ((command.out === undefined && command.publicOut === undefined) || (await namesSeveralFiles(command.files))) {
    return checkMany(command, async (path, bytes) => writeOutputFile(path, (sink) => sink(bytes), undefined, { replace: command.force }), form, first);
  }
  const rulesTemplate = await loadTemplate(form.template, command.rules);
  const file = first ?? (await openInputFile(command.file, basename(command.file)));
  const { bytes, fileName } = file;
  const { template, columnMap } = await settingsForFile(file, { baseTemplate: form.template, template: rulesTemplate, rules: command.rules });
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);

  // One file's outputs are its own: every roster sheet marked in its copy, the 公示版 over them.
  const { checked, skipped } = await checkStreaming(file, template, columnMap, command.sheets);
  const consolidated = consolidateFile(fileName, checked, skipped, new UnitNames(command.units));
  const replace = command.force;
  if (command.out !== undefined) writeAnnotatedOutput(command.out, bytes, fileName, checked, consolidated, template, replace, await packCarrier(form, file));
  if (command.publicOut !== undefined) {
    if (checked.length === 1) await writePublicOutput(command.publicOut, file, checked[0], template, replace);
    else await writePublicListOutput(command.publicOut, [{ file: fileName, bytes: async () => bytes }], consolidated, template, replace);
  }
  return report(command, form, consolidated, checked.length === 1 ? checked[0] : null, chosenSummary ?? defaultSummary(template, consolidated.units.length));
}

/** Only the results are needed: rows go straight from the inflated sheets into the check. */
async function checkStreaming(
  file: WorkbookFile,
  template: Template,
  columnMap: ColumnMap,
  sheets: readonly string[],
): Promise<RosterSheets> {
  const progress = progressLine(process.stderr);
  try {
    return await checkRosterSheets(file, template, { sheets, columnMap, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
