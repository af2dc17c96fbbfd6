import { tallyLabels } from "../../core/subtotals/tally-labels";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import { Consolidation, type ConsolidatedResult, type ConsolidationOptions } from "../../core/consolidate/consolidation";
import { missingFiles, ownOutputSkip, withIncompleteNote, type SkippedFile } from "../../core/consolidate/product-output";
import { ReportError } from "../../core/errors";
import { reportSentence } from "../../core/report/report-sentence";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import type { ParsedSummary } from "../../core/summary/parse-summary-template";
import { renderParsedSummary, type RenderedSummary } from "../../core/summary/render-summary";
import type { Template } from "../../core/template/schema";
import { checkFiles } from "./check-files-parallel";
import { packCarrier } from "./carry-pack";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { bundledForm, headerUnread, type ChosenForm } from "./choose-form-node";
import { formLine, withFormKey, type SettingsNote } from "./form-note";
import { ownFormLayers, sameBytesAgain, unreadableOutcome, type CheckedFile, type FailedFile, type FileJob, type FileOutcome } from "./check-file-node";
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
 * holds about one file per core, the ID/account index and the verdicts. `form` null: several files
 * without --form, each checked as the form its own header identifies, and consolidated with the
 * files of that form (the report a section per form). `opening`: a run of one file, whose form was
 * read from this opening of it.
 */
export async function checkMany(
  command: CheckCommand,
  writeOutput: (path: string, bytes: Uint8Array) => Promise<void>,
  form: ChosenForm | null,
  opening?: Promise<WorkbookFile>,
): Promise<number> {
  const runs = await checkRuns(command, form, opening);
  if (runs.length > 1 && (command.out !== undefined || command.publicOut !== undefined)) throw severalFormsOutput(runs);
  for (const run of runs) await writeOutputs(command, writeOutput, run);
  return report(command, runs);
}

/** A 汇总 workbook or 公示名单 has one form's columns: with files of several forms, each form is run on its own. */
function severalFormsOutput(runs: readonly FormRun[]): ReportError {
  const names = runs.map((run) => run.form.template.name).join("、");
  return new ReportError(
    "usage",
    `这次的文件有 ${runs.length} 种报表（${names}）：--out、--public 一次只能写一种，请按报表分开运行（--form 指定）；--report 可以合在一起`,
    `The files are of ${runs.length} forms (${names}): --out and --public take one form at a time, so run each form on its own (--form); --report may cover them all`,
  );
}

/** --out (the 汇总 workbook) and --public of one form's files, copied from the very bytes each check read. */
async function writeOutputs(command: CheckCommand, writeOutput: (path: string, bytes: Uint8Array) => Promise<void>, run: FormRun): Promise<void> {
  // Incomplete figures are published only when the clerk says so: never a 汇总 that looks whole.
  if (incompleteRefused(command, run.consolidated)) return;
  // The outputs copy rows from the very bytes each check read, where and as it read them (the verdicts carry where).
  const sources = run.sources.map(({ path, file, digest }) => ({ file, bytes: () => sameBytesAgain(path, file, digest) }));
  if (command.out !== undefined) {
    // The 汇总 workbook's writer is loaded only for it: a report does not need it.
    const { writeConsolidatedWorkbook } = await import("../../adapters/xlsx/consolidated-workbook");
    const carry = await packCarrier(run.form, null);
    await writeOutput(command.out, carry(await writeConsolidatedWorkbook(run.consolidated, run.template, sources)));
  }
  if (command.publicOut !== undefined) await writePublicListOutput(command.publicOut, sources, run.consolidated, run.template, command.force);
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
  /** The files checked, with a digest of the bytes each check read: the outputs copy only those bytes. */
  readonly sources: readonly { readonly path: string; readonly file: string; readonly digest: string }[];
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

/** One form's files as they are checked: joined in the files' order into one consolidation. */
interface FormGroup {
  readonly form: ChosenForm;
  /** Laid out on the main thread once the pass is over (a worker lays out its file's form itself); with --form, before it. */
  layers: TemplateLayers | null;
  readonly consolidation: Consolidation;
  readonly notes: SettingsNote[];
  readonly sources: { path: string; file: string; digest: string }[];
  files: number;
  lastChecked: readonly CheckResult[];
}

/**
 * Every file checked, in one pass over the files (each read and opened once, on the thread that
 * checks it), and joined by form: with --form or one file, all as `fixed`; else each as its own
 * header's form, in the order the forms first appear. The files that join no form by their header
 * (unreadable, the product's own 汇总, a header that identifies no one form — set aside as unreadable, naming why —, a header naming no form's column) join the first form, after
 * its own files, as core/consolidate/group-by-form.ts groups them for the page and pane; one naming no column is checked then, read a second time (it is
 * no roster of any form: its check only says what it lacks, or reads it by its own saved 列对应).
 */
async function checkRuns(command: CheckCommand, fixed: ChosenForm | null, opening: Promise<WorkbookFile> | undefined): Promise<FormRun[]> {
  const files = await submissionFiles(command.files);
  const labels = fileLabels(files);
  const units = new UnitNames(command.units);
  const register = await loadRegister(command.registers);
  const own = { rules: command.rules, useSaved: command.useSavedSettings, sheet: command.sheet };
  const groups: FormGroup[] = [];
  const group = (form: ChosenForm): FormGroup => {
    const known = groups.find((candidate) => candidate.form.template.id === form.template.id);
    if (known !== undefined) return known;
    const created: FormGroup = { form, layers: null, consolidation: new Consolidation({ register, registerScope: command.registerScope }), notes: [], sources: [], files: 0, lastChecked: [] };
    groups.push(created);
    return created;
  };
  const layersOf = async (target: FormGroup): Promise<TemplateLayers> => (target.layers ??= await ownFormLayers(target.form.template, own));
  const summaries = new Map<FormGroup, ParsedSummary | null>();
  const summaryOf = async (target: FormGroup): Promise<ParsedSummary | null> => {
    if (!summaries.has(target)) summaries.set(target, command.summaryTemplate === undefined ? null : await loadSummary((await layersOf(target)).template, command.summaryTemplate));
    return summaries.get(target)!;
  };
  const first = fixed === null ? null : group(fixed);
  if (first !== null) {
    // One form: --rules and --template are refused before any roster is read.
    first.layers = fixedLayers(command, fixed!, await loadTemplate(fixed!.template, command.rules));
    await summaryOf(first);
  }
  const placesChecked: { file: string; sheet: string }[] = [];
  const join = (target: FormGroup, index: number, outcome: CheckedFile | FailedFile) => {
    const file = labels[index];
    target.files++;
    target.lastChecked = [];
    if ("failed" in outcome) {
      // One file named alone is the whole run: its own message, as it always was.
      if (files.length === 1) throw loneFailure(file, outcome);
      target.consolidation.skipFile(unreadableOutcome(file, outcome));
      return;
    }
    const ownOutput = files.length > 1 ? ownOutputSkip(file, outcome.marker, labels) : null;
    if (ownOutput !== null) {
      target.consolidation.skipFile(ownOutput);
      return;
    }
    const { checked, skipped, digest, said } = outcome;
    target.sources.push({ path: files[index], file, digest });
    if (said.length > 0) target.notes.push({ file, said });
    for (const result of checked) {
      target.consolidation.add(file, result, units.unitFor(file, result.sheet));
      placesChecked.push({ file, sheet: result.sheet });
    }
    target.consolidation.skip(file, skipped);
    // The people went into the index: only a lone sheet's result is kept, for the single-sheet report.
    target.lastChecked = checked.length === 1 ? checked : [];
  };

  const unplaced = new Map<number, FileOutcome>();
  const jobs: FileJob[] = files.map((path, i) => ({
    path,
    file: labels[i],
    sheets: command.sheets,
    acrossFiles: files.length > 1,
    register,
    layers: first?.layers ?? null,
    own,
  }));
  await checkFilesShown(jobs, opening, (index, outcome) => {
    if (first !== null && !("formless" in outcome)) return join(first, index, outcome);
    if ("checked" in outcome && outcome.form !== null) return join(group(bundledForm(outcome.form.id, outcome.form.reason)), index, outcome);
    unplaced.set(index, outcome);
  });

  if (unplaced.size > 0) {
    const firstForm = groups[0] ?? group(fallbackForm(unplaced.get(0)));
    const layers = await layersOf(firstForm);
    const formless = [...unplaced].filter(([, outcome]) => "formless" in outcome).map(([index]) => index);
    const later = new Map<number, FileOutcome>();
    await checkFilesShown(
      formless.map((index) => ({ ...jobs[index], layers })),
      undefined,
      (at, outcome) => void later.set(formless[at], outcome),
    );
    for (const [index, outcome] of unplaced) {
      const settled = later.get(index) ?? outcome;
      // Checked with a form given, it has an outcome of its own (a formless one has none left).
      if (!("formless" in settled)) join(firstForm, index, settled);
    }
  }
  units.refuseUnused(placesChecked);

  const runs: FormRun[] = [];
  for (const target of groups) {
    const { form, consolidation, notes, sources, files: count, lastChecked } = target;
    const consolidated = consolidation.finish();
    if (consolidated.submissions.length === 0) throw nothingToConsolidate(consolidated.skippedFiles);
    const template = (await layersOf(target)).template;
    const chosenSummary = await summaryOf(target);
    const onlyResult = count === 1 && lastChecked.length === 1 ? lastChecked[0] : null;
    runs.push({ form, template, consolidated, onlyResult, summary: chosenSummary ?? defaultSummary(template, consolidated.units.length), ownSummary: chosenSummary !== null, notes, sources });
  }
  return runs;
}

/** The templates every file of a run with one form is checked with: the form, --rules over it. */
function fixedLayers(command: CheckCommand, form: ChosenForm, template: Template): TemplateLayers {
  return { baseTemplate: form.template, rules: command.rules, template, useSaved: command.useSavedSettings, packSaid: form.chosenBy === "workbook-refused" };
}

/** No file's header named a form: the first file's reason (no column of any form), or that its header could not be read. */
function fallbackForm(firstOutcome: FileOutcome | undefined): ChosenForm {
  const unread = headerUnread();
  return firstOutcome !== undefined && "formless" in firstOutcome ? { ...unread, reason: firstOutcome.formless } : unread;
}

/** checkFiles with the progress line on stderr: files done of all, rows read. */
async function checkFilesShown(jobs: readonly FileJob[], opening: Promise<WorkbookFile> | undefined, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  let filesDone = 0;
  let rowsDone = 0;
  const progress = progressLine(process.stderr, (rows) => `正在校验… 已完成 ${filesDone}/${jobs.length} 个文件，${(rowsDone + rows).toLocaleString("en-US")} 行`);
  try {
    await checkFiles(
      jobs,
      (index, outcome) => {
        filesDone++;
        if ("checked" in outcome) rowsDone += outcome.checked.reduce((sum, result) => sum + result.dataRows, 0);
        onOutcome(index, outcome);
      },
      progress.update,
      opening,
    );
  } finally {
    progress.done();
  }
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
