import { tallyLabels } from "../../core/subtotals/tally-labels";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import { Consolidation, type ConsolidatedResult } from "../../core/consolidate/consolidation";
import { defaultSummary } from "../../core/summary/consolidation-summary";
import type { ParsedSummary } from "../../core/summary/parse-summary-template";
import { renderParsedSummary } from "../../core/summary/render-summary";
import type { PublicSubmission } from "../../adapters/xlsx/public-list";
import { checkFiles } from "./check-files-parallel";
import { packCarrier } from "./carry-pack";
import type { ChosenForm } from "./choose-form-node";
import { formLine, withFormKey, type SettingsNote } from "./form-note";
import type { FileJob } from "./check-file-node";
import type { TemplateLayers } from "./workbook-settings-node";
import { consolidatedJsonChunks } from "./consolidated-json";
import { consolidatedText } from "./consolidated-text";
import { jsonReportChunks } from "./json-report";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { refuseUnsafeOutputs } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { fileLabels, submissionFiles } from "./submission-files-node";
import { textReport } from "./text-report";
import { UnitNames } from "./unit-names";
import { writeChunks } from "./write-chunks";
import { writePublicListOutput } from "./write-outputs-node";

const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;

/**
 * `report check FILE|DIR ...` as a report, or with --out/--public for several submissions: every
 * roster sheet of every file is one submission with its own verdict, and all join one consolidated
 * result (people across them, 统计表 by 填报单位; --out the 汇总 workbook, --public one 公示名单).
 * One sheet of one file reads exactly as a single check always did.
 * Files are read and checked on all cores (check-files-parallel.ts), streaming each sheet: memory
 * holds about one file per core, the ID/account index and the verdicts.
 */
export async function checkMany(command: CheckCommand, writeOutput: (path: string, bytes: Uint8Array) => Promise<void>, form: ChosenForm): Promise<number> {
  const template = await loadTemplate(form.template, command.rules);
  const base = { baseTemplate: form.template, rules: command.rules, template, useSaved: command.useSavedSettings, packSaid: form.chosenBy === "workbook-refused" };
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);
  const files = await submissionFiles(command.files);
  refuseOverwritingAnInput(command, files);
  const labels = fileLabels(files);
  const units = new UnitNames(command.units);
  const { consolidated, onlyResult, forPublic, notes } = await checkAll(files, labels, base, command, units);
  const sources = files.map((path, i) => ({ file: labels[i], bytes: () => readInputFile(path) }));
  if (command.out !== undefined) {
    // exceljs is loaded only for the 汇总 workbook: a report does not need it.
    const { writeConsolidatedWorkbook } = await import("../../adapters/xlsx/consolidated-workbook");
    const carry = await packCarrier(form, null);
    await writeOutput(command.out, carry(await writeConsolidatedWorkbook(consolidated, template, sources)));
  }
  if (command.publicOut !== undefined) await writePublicListOutput(command.publicOut, sources, consolidated, forPublic, template);
  return report(command, form, consolidated, onlyResult, chosenSummary ?? defaultSummary(template, consolidated.units.length), notes);
}

/** The checked sheets of one file as one consolidated result, each under the unit the clerk gave (--unit) or its own. */
export function consolidateFile(file: string, checked: readonly CheckResult[], skipped: readonly SkippedSheet[], units: UnitNames): ConsolidatedResult {
  const consolidation = new Consolidation();
  for (const result of checked) consolidation.add(file, result, units.unitFor(file, result.sheet));
  consolidation.skip(file, skipped);
  units.refuseUnused(checked.map((result) => ({ file, sheet: result.sheet })));
  return consolidation.finish();
}

/**
 * Writes the report to stdout and returns the exit code. `onlyResult`: the lone sheet's result,
 * whose report reads as a single check always did, the sheets passed over named by the verdict.
 */
export async function report(
  command: CheckCommand,
  form: ChosenForm,
  consolidated: ConsolidatedResult,
  onlyResult: CheckResult | null,
  summaryTemplate: ParsedSummary,
  notes: readonly SettingsNote[],
): Promise<number> {
  const summary = renderParsedSummary(summaryTemplate, consolidated);
  const lone = onlyResult !== null && consolidated.submissions.length === 1 ? onlyResult : null;
  const single = lone === null ? null : { ...lone, skippedSheets: consolidated.skippedSheets.map(({ sheet, reason }) => ({ sheet, reason })) };
  let chunks: Iterable<string>;
  if (command.json) {
    chunks = withFormKey(single ? jsonReportChunks(single, summary.text) : consolidatedJsonChunks(consolidated, summary.text), form, notes);
  } else {
    const labels = tallyLabels(form.template);
    chunks = [formLine(form, notes) + (single ? textReport(consolidated.submissions[0].file, single, summary, labels) : consolidatedText(consolidated, summary, labels))];
  }
  await writeChunks(process.stdout, chunks);
  return consolidated.submissions.some((submission) => submission.errors > 0) ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

async function checkAll(
  files: readonly string[],
  labels: readonly string[],
  templates: TemplateLayers,
  command: CheckCommand,
  units: UnitNames,
): Promise<{ consolidated: ConsolidatedResult; onlyResult: CheckResult | null; forPublic: PublicSubmission[]; notes: SettingsNote[] }> {
  const consolidation = new Consolidation();
  const notes: SettingsNote[] = [];
  let onlyResult: CheckResult | null = null;
  // --public reads each sheet again: only where its header and data rows are is kept meanwhile.
  const forPublic: PublicSubmission[] = [];
  const placesChecked: { file: string; sheet: string }[] = [];
  let filesDone = 0;
  let rowsDone = 0;
  const progress = progressLine(
    process.stderr,
    (rows) => `正在校验… 已完成 ${filesDone}/${files.length} 个文件，${(rowsDone + rows).toLocaleString("en-US")} 行`,
  );
  const jobs: FileJob[] = files.map((path, i) => ({ path, file: labels[i], ...templates, sheets: command.sheets, acrossFiles: files.length > 1 }));
  try {
    await checkFiles(
      jobs,
      (index, { checked, skipped, said }) => {
        const file = jobs[index].file;
        if (said.length > 0) notes.push({ file, said });
        for (const result of checked) {
          consolidation.add(file, result, units.unitFor(file, result.sheet));
          placesChecked.push({ file, sheet: result.sheet });
          if (command.publicOut !== undefined) {
            const { sheet, headerRow, columns, dataRowNumbers } = result;
            forPublic.push({ sheet, headerRow, columns, dataRowNumbers });
          }
        }
        consolidation.skip(file, skipped);
        // The people went into the index: only a lone sheet's result is kept, for the single-sheet report.
        onlyResult = files.length === 1 && checked.length === 1 ? checked[0] : null;
        filesDone++;
        rowsDone += checked.reduce((sum, result) => sum + result.dataRows, 0);
      },
      progress.update,
    );
  } finally {
    progress.done();
  }
  units.refuseUnused(placesChecked);
  return { consolidated: consolidation.finish(), onlyResult, forPublic, notes };
}

/** The 汇总 workbook and the 公示名单 must never replace a unit's roster, by name or through a link, nor each other. */
function refuseOverwritingAnInput(command: CheckCommand, files: readonly string[]): void {
  const outputs = [
    ...(command.out === undefined ? [] : [{ option: "--out", path: command.out }]),
    ...(command.publicOut === undefined ? [] : [{ option: "--public", path: command.publicOut }]),
  ];
  if (outputs.length === 0) return;
  for (const file of files) refuseUnsafeOutputs(file, outputs);
}

