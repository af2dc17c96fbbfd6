import { summaryDimensions } from "../../core/summary/summary-dimensions";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { CheckResult } from "../../core/check/types";
import { Consolidation, type ConsolidatedResult } from "../../core/consolidate/consolidation";
import { ReportError } from "../../core/errors";
import { BY_UNIT_SUMMARY } from "../../core/summary/builtin-summaries";
import { parseSummaryTemplate, type ParsedSummary } from "../../core/summary/parse-summary-template";
import { renderParsedSummary } from "../../core/summary/render-summary";
import type { Template } from "../../core/template/schema";
import { checkFiles } from "./check-files-parallel";
import { packCarrier } from "./carry-pack";
import type { ChosenForm } from "./choose-form-node";
import { formLine, withFormKey } from "./form-note";
import type { FileJob } from "./check-file-node";
import type { TemplateLayers } from "./workbook-settings-node";
import { consolidatedJson } from "./consolidated-json";
import { consolidatedText } from "./consolidated-text";
import { jsonReportChunks } from "./json-report";
import { loadSummary, loadTemplate } from "./load-inputs-node";
import { refuseUnsafeOutputs } from "./output-file-node";
import type { CheckCommand } from "./parse-args";
import { progressLine } from "./progress-line";
import { fileLabels, submissionFiles } from "./submission-files-node";
import { textReport } from "./text-report";
import { writeChunks } from "./write-chunks";

const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;

/**
 * `report check FILE|DIR ...` as a report, or with --out for several submissions: every roster
 * sheet of every file is one submission with its own verdict, and all join one consolidated result
 * (people across them, 统计表 by 填报单位; --out the 汇总 workbook). One sheet of one file reads
 * exactly as a single check always did.
 * Files are read and checked on all cores (check-files-parallel.ts), streaming each sheet: memory
 * holds about one file per core, the ID/account index and the verdicts.
 */
export async function checkMany(command: CheckCommand, writeOutput: (path: string, bytes: Uint8Array) => Promise<void>, form: ChosenForm): Promise<number> {
  refusePublicCopy(command);
  const template = await loadTemplate(form.template, command.rules);
  const base = { baseTemplate: form.template, rules: command.rules, template };
  const chosenSummary = command.summaryTemplate === undefined ? null : await loadSummary(template, command.summaryTemplate);
  const files = await submissionFiles(command.files);
  refuseOverwritingAnInput(command.out, files);
  const labels = fileLabels(files);
  const { consolidated, onlyResult } = await checkAll(files, labels, base, command.sheets);
  if (command.out !== undefined) {
    // exceljs is loaded only for the 汇总 workbook: a report does not need it.
    const { writeConsolidatedWorkbook } = await import("../../adapters/xlsx/consolidated-workbook");
    const sources = files.map((path, i) => ({ file: labels[i], bytes: () => readInputFile(path) }));
    const carry = await packCarrier(form, null);
    await writeOutput(command.out, carry(await writeConsolidatedWorkbook(consolidated, template, sources)));
  }

  const summary = renderParsedSummary(chosenSummary ?? defaultSummary(template, consolidated), consolidated);
  const lone = onlyResult !== null && consolidated.submissions.length === 1 ? onlyResult : null;
  // One sheet of one file reads as a single check always did, the sheets passed over named by the verdict.
  const single = lone === null ? null : { ...lone, skippedSheets: consolidated.skippedSheets.map(({ sheet, reason }) => ({ sheet, reason })) };
  let chunks: Iterable<string>;
  if (command.json) {
    chunks = withFormKey(single ? jsonReportChunks(single, summary.text) : [JSON.stringify(consolidatedJson(consolidated, summary.text)) + "\n"], form);
  } else {
    chunks = [formLine(form) + (single ? textReport(consolidated.submissions[0].file, single, summary) : consolidatedText(consolidated, summary))];
  }
  await writeChunks(process.stdout, chunks);
  return consolidated.submissions.some((submission) => submission.errors > 0) ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

async function checkAll(
  files: readonly string[],
  labels: readonly string[],
  templates: TemplateLayers,
  sheets: readonly string[],
): Promise<{ consolidated: ConsolidatedResult; onlyResult: CheckResult | null }> {
  const consolidation = new Consolidation();
  let onlyResult: CheckResult | null = null;
  let filesDone = 0;
  let rowsDone = 0;
  const progress = progressLine(
    process.stderr,
    (rows) => `正在校验… 已完成 ${filesDone}/${files.length} 个文件，${(rowsDone + rows).toLocaleString("en-US")} 行`,
  );
  const jobs: FileJob[] = files.map((path, i) => ({ path, file: labels[i], ...templates, sheets, acrossFiles: files.length > 1 }));
  try {
    await checkFiles(
      jobs,
      (index, { checked, skipped }) => {
        for (const result of checked) consolidation.add(jobs[index].file, result);
        consolidation.skip(jobs[index].file, skipped);
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
  return { consolidated: consolidation.finish(), onlyResult };
}

/** A 公示版 of several submissions is not written yet: say so rather than write one file's. */
function refusePublicCopy(command: CheckCommand): void {
  if (command.publicOut === undefined) return;
  throw new ReportError(
    "usage",
    "汇总多份名单时暂不能生成公示版（--public）：请逐个文件生成，或先用 --out 生成汇总工作簿。",
    "--public is not written for several submissions yet: write it per file, or use --out for the 汇总 workbook.",
  );
}

/** The 汇总 workbook must never replace a unit's roster, by name or through a link. */
function refuseOverwritingAnInput(out: string | undefined, files: readonly string[]): void {
  if (out === undefined) return;
  for (const file of files) refuseUnsafeOutputs(file, [{ option: "--out", path: out }]);
}

/** Several 填报单位: the built-in by-unit sentence (the 地区 clerk's 逐级上报); one: the template's first. */
function defaultSummary(template: Template, consolidated: ConsolidatedResult): ParsedSummary {
  return parseSummaryTemplate(consolidated.units.length > 1 ? BY_UNIT_SUMMARY.text : template.summaries[0].text, summaryDimensions(template));
}
