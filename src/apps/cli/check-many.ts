import { tallyLabels } from "../../core/subtotals/tally-labels";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import { Consolidation, type ConsolidatedResult, type ConsolidationOptions } from "../../core/consolidate/consolidation";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { missingFiles, ownOutputSkip, withIncompleteNote, type SkippedFile } from "../../core/consolidate/product-output";
import { ReportError } from "../../core/errors";
import { reportSentence } from "../../core/report/report-sentence";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import type { ParsedSummary } from "../../core/summary/parse-summary-template";
import { renderParsedSummary, type RenderedSummary } from "../../core/summary/render-summary";
import type { Template } from "../../core/template/schema";
import { checkFiles } from "./check-files-parallel";
import { packCarrier } from "./carry-pack";
import type { ChosenForm } from "./choose-form-node";
import { formLine, withFormKey, type SettingsNote } from "./form-note";
import { sameBytesAgain, unreadableOutcome, type FailedFile, type FileJob } from "./check-file-node";
import type { TemplateLayers } from "./workbook-settings-node";
import { consolidatedJsonChunks } from "./consolidated-json";
import { consolidatedText } from "./consolidated-text";
import { jsonReportChunks } from "./json-report";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { loadRegister } from "./load-register-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { registerJson } from "./register-json";
import { registerText } from "./register-text";
import { fileLabels, submissionFiles } from "./submission-files-node";
import { terminalText } from "./terminal-text";
import { textReport } from "./text-report";
import { UnitNames } from "./unit-names";
import { writeChunks } from "./write-chunks";
import { writePublicListOutput } from "./write-outputs-node";
import { writeReportOutput, writeStatsOutput } from "./write-report-node";

const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;
/** As for unusable input: a consolidation missing a file is not a result to act on. */
const EXIT_INCOMPLETE = 2;

/**
 * `report check FILE|DIR ...` as a report, or with --out/--public for several submissions: every
 * roster sheet of every file is one submission with its own verdict, and all join one consolidated
 * result (people across them, 统计表 by 填报单位; --out the 汇总 workbook, --public one 公示名单).
 * One sheet of one file reads exactly as a single check always did.
 * Files are read and checked on all cores (check-files-parallel.ts), streaming each sheet: memory
 * holds about one file per core, the ID/account index and the verdicts.
 */
export async function checkMany(command: CheckCommand, writeOutput: (path: string, bytes: Uint8Array) => Promise<void>, form: ChosenForm): Promise<number> {
  return report(command, [await checkForm(command, writeOutput, form)]);
}

/** One form's files checked and consolidated, --out and --public written: what the report of the run says of it. */
export async function checkForm(command: CheckCommand, writeOutput: (path: string, bytes: Uint8Array) => Promise<void>, form: ChosenForm): Promise<FormRun> {
  const template = await loadTemplate(form.template, command.rules);
  const base = { baseTemplate: form.template, rules: command.rules, template, useSaved: command.useSavedSettings, packSaid: form.chosenBy === "workbook-refused" };
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);
  const files = await submissionFiles(command.files);
  const labels = fileLabels(files);
  const units = new UnitNames(command.units);
  const register = await loadRegister(command.registers);
  const { consolidated, onlyResult, digests, notes } = await checkAll(files, labels, base, command, units, register);
  if (consolidated.submissions.length === 0) throw nothingToConsolidate(consolidated.skippedFiles);
  // Incomplete figures are published only when the clerk says so: never a 汇总 that looks whole.
  const refused = incompleteRefused(command, consolidated);
  // The outputs copy rows from the very bytes each check read, where and as it read them (the verdicts carry where).
  const sources = files.map((path, i) => ({ file: labels[i], bytes: () => sameBytesAgain(path, labels[i], digests[i]) }));
  if (command.out !== undefined && !refused) {
    // exceljs is loaded only for the 汇总 workbook: a report does not need it.
    const { writeConsolidatedWorkbook } = await import("../../adapters/xlsx/consolidated-workbook");
    const carry = await packCarrier(form, null);
    await writeOutput(command.out, carry(await writeConsolidatedWorkbook(consolidated, template, sources)));
  }
  if (command.publicOut !== undefined && !refused) await writePublicListOutput(command.publicOut, sources, consolidated, template, command.force);
  return { form, template, consolidated, onlyResult, summary: chosenSummary ?? defaultSummary(template, consolidated.units.length), ownSummary: chosenSummary !== null, notes };
}

/** A file could not be checked and the clerk did not pass --allow-incomplete: no output is written, and the run exits 2. */
function incompleteRefused(command: CheckCommand, consolidated: ConsolidatedResult): boolean {
  return !command.allowIncomplete && missingFiles(consolidated.skippedFiles).length > 0;
}

/** Every file named was left out: nothing to consolidate, each named with why. */
function nothingToConsolidate(skipped: readonly SkippedFile[]): ReportError {
  return new ReportError(
    "file-unreadable",
    `没有可以汇总的名单：${skipped.map((file) => `${file.file}（${file.reasonZh}）`).join("；")}。`,
    `Nothing to consolidate: ${skipped.map((file) => `${file.file} (${file.reasonEn})`).join("; ")}.`,
  );
}

/** After the report (every readable file's verdict): each missing file named on stderr with its reason, and what to do. */
function sayIncomplete(command: CheckCommand, missing: readonly SkippedFile[]): void {
  for (const file of missing) process.stderr.write(terminalText(`错误：${file.file}：${file.reasonZh} / Error: ${file.file}: ${file.reasonEn}`) + "\n");
  const outputs = outputOptions(command).length > 0;
  process.stderr.write(
    terminalText(
      `汇总不完整：${missing.length} 个文件未能校验（见上），${outputs ? "没有写出 --out/--public/--report；" : ""}请让有关单位重新报送或移走这些文件后重新运行，确要不含它们继续请加 --allow-incomplete。` +
        ` / Incomplete: ${missing.length} file(s) could not be checked (above)${outputs ? "; no output was written" : ""}. Fix or remove them and run again, or pass --allow-incomplete to go on without them.`,
    ) + "\n",
  );
}

/** The checked sheets of one file as one consolidated result, each under the unit the clerk gave (--unit) or its own. */
export function consolidateFile(
  file: string,
  checked: readonly CheckResult[],
  skipped: readonly SkippedSheet[],
  units: UnitNames,
  registerOptions: ConsolidationOptions = {},
): ConsolidatedResult {
  const consolidation = new Consolidation(registerOptions);
  for (const result of checked) consolidation.add(file, result, units.unitFor(file, result.sheet));
  consolidation.skip(file, skipped);
  units.refuseUnused(checked.map((result) => ({ file, sheet: result.sheet })));
  return consolidation.finish();
}

/** One form of a run as checked: the report says each in a section of its own. */
export interface FormRun {
  readonly form: ChosenForm;
  readonly template: Template;
  readonly consolidated: ConsolidatedResult;
  /** The lone sheet's result, whose report reads as a single check always did. */
  readonly onlyResult: CheckResult | null;
  readonly summary: ParsedSummary;
  /** The clerk gave --template: the Word report speaks the clerk's sentence too. */
  readonly ownSummary: boolean;
  /** Per file, what of its saved settings was applied or not: said on stdout beside the verdict. */
  readonly notes: readonly SettingsNote[];
}

/**
 * Writes the report to stdout (and --report) and returns the exit code. One form reads as it always
 * did; several (report-forms-node.ts) give a section each, and --json `{"forms":[…]}`, one object each.
 */
export async function report(command: CheckCommand, runs: readonly FormRun[]): Promise<number> {
  const sections = runs.map((run) => formReport(command, run, runs.length > 1));
  const missing = runs.flatMap((run) => missingFiles(run.consolidated.skippedFiles));
  const refused = missing.length > 0 && !command.allowIncomplete;
  // The Word report first: a template it cannot fill is exit 2 with one line, not a report and then an error.
  const forms = runs.map((run, i) => ({ template: run.template, consolidated: run.consolidated, sentence: run.ownSummary ? sections[i].summary : reportSentence(run.template, run.consolidated) }));
  if (command.report !== undefined && !refused) await writeReportOutput(command.report, command.reportTemplate, forms, command.unitName);
  if (command.stats !== undefined && !refused) writeStatsOutput(command.stats, forms);
  if (runs.length === 1) await writeChunks(process.stdout, sections[0].chunks);
  else if (command.json) await writeChunks(process.stdout, jsonArray(sections.map((section) => section.chunks)));
  else await writeChunks(process.stdout, sections.flatMap((section, i) => [`${i > 0 ? "\n" : ""}==== ${i + 1}/${runs.length}：${section.name} ====\n`, ...section.chunks]));
  if (refused) {
    sayIncomplete(command, missing);
    return EXIT_INCOMPLETE;
  }
  return runs.some((run) => run.consolidated.submissions.some((submission) => submission.errors > 0)) ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function formReport(command: CheckCommand, run: FormRun, several: boolean): { name: string; summary: RenderedSummary; chunks: Iterable<string> } {
  const { form, consolidated, onlyResult } = run;
  const summary = withIncompleteNote(renderParsedSummary(run.summary, consolidated), consolidated.skippedFiles);
  const lone = onlyResult !== null && consolidated.submissions.length === 1 ? onlyResult : null;
  const single = lone === null ? null : { ...lone, skippedSheets: consolidated.skippedSheets.map(({ sheet, reason }) => ({ sheet, reason })) };
  const name = `${form.template.name}（${consolidated.submissions.length} 份名单）`;
  if (command.json) {
    const extra = registerJson(consolidated.coverage);
    return { name, summary, chunks: withFormKey(single && !several ? jsonReportChunks(single, summary.text, extra) : consolidatedJsonChunks(consolidated, summary.text, extra), form, run.notes) };
  }
  const labels = tallyLabels(form.template);
  const body = single ? textReport(consolidated.submissions[0].file, single, summary, labels) : consolidatedText(consolidated, summary, labels);
  return { name, summary, chunks: [formLine(form, run.notes) + body + registerText(consolidated.coverage)] };
}

/** Several forms' --json objects as one: `{"forms":[{…},{…}]}`, each object as streamed. */
function* jsonArray(objects: readonly Iterable<string>[]): Generator<string> {
  yield '{"forms":[';
  for (let i = 0; i < objects.length; i++) {
    if (i > 0) yield ",";
    let last: string | undefined;
    for (const chunk of objects[i]) {
      if (last !== undefined) yield last;
      last = chunk;
    }
    if (last !== undefined) yield last.replace(/\n$/, "");
  }
  yield "]}\n";
}

async function checkAll(
  files: readonly string[],
  labels: readonly string[],
  templates: TemplateLayers,
  command: CheckCommand,
  units: UnitNames,
  register: ArchiveRegister | undefined,
): Promise<{ consolidated: ConsolidatedResult; onlyResult: CheckResult | null; digests: string[]; notes: SettingsNote[] }> {
  const consolidation = new Consolidation({ register, registerScope: command.registerScope });
  const notes: SettingsNote[] = [];
  let onlyResult: CheckResult | null = null;
  const digests: string[] = [];
  const placesChecked: { file: string; sheet: string }[] = [];
  let filesDone = 0;
  let rowsDone = 0;
  const progress = progressLine(
    process.stderr,
    (rows) => `正在校验… 已完成 ${filesDone}/${files.length} 个文件，${(rowsDone + rows).toLocaleString("en-US")} 行`,
  );
  const jobs: FileJob[] = files.map((path, i) => ({ path, file: labels[i], ...templates, sheets: command.sheets, acrossFiles: files.length > 1, register }));
  try {
    await checkFiles(
      jobs,
      (index, outcome) => {
        const file = jobs[index].file;
        filesDone++;
        if ("failed" in outcome) {
          // One file named alone is the whole run: its own message, as it always was.
          if (files.length === 1) throw loneFailure(file, outcome);
          consolidation.skipFile(unreadableOutcome(file, outcome));
          return;
        }
        const ownOutput = files.length > 1 ? ownOutputSkip(file, outcome.marker, labels) : null;
        if (ownOutput !== null) {
          consolidation.skipFile(ownOutput);
          return;
        }
        const { checked, skipped, digest, said } = outcome;
        digests[index] = digest;
        if (said.length > 0) notes.push({ file, said });
        for (const result of checked) {
          consolidation.add(file, result, units.unitFor(file, result.sheet));
          placesChecked.push({ file, sheet: result.sheet });
        }
        consolidation.skip(file, skipped);
        // The people went into the index: only a lone sheet's result is kept, for the single-sheet report.
        onlyResult = files.length === 1 && checked.length === 1 ? checked[0] : null;
        rowsDone += checked.reduce((sum, result) => sum + result.dataRows, 0);
      },
      progress.update,
    );
  } finally {
    progress.done();
  }
  units.refuseUnused(placesChecked);
  return { consolidated: consolidation.finish(), onlyResult, digests, notes };
}

/** The one file of a run that could not be checked: its reader's message, or one naming it. */
function loneFailure(file: string, outcome: FailedFile): ReportError {
  const { failed } = outcome;
  if ("messageZh" in failed) return new ReportError(failed.code, failed.messageZh, failed.messageEn);
  const { reasonZh, reasonEn } = unreadableOutcome(file, outcome);
  return new ReportError("file-unreadable", `“${file}”${reasonZh}。`, `"${file}": ${reasonEn}.`);
}

/** The files a check writes, by the option naming each. */
export function outputOptions(command: CheckCommand): { option: string; path: string }[] {
  return [
    ...(command.out === undefined ? [] : [{ option: "--out", path: command.out }]),
    ...(command.publicOut === undefined ? [] : [{ option: "--public", path: command.publicOut }]),
    ...(command.report === undefined ? [] : [{ option: "--report", path: command.report }]),
    ...(command.stats === undefined ? [] : [{ option: "--stats", path: command.stats }]),
  ];
}
