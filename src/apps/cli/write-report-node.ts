import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { writeStatsWorkbook } from "../../adapters/xlsx/stats-workbook";
import type { FormReportInput } from "../../core/report/report-input";
import { inReportOrder } from "../../core/report/report-order";
import { writeOutputFile } from "./output-file-node";
import { terminalText } from "./terminal-text";

/**
 * --report: the 活动总结 as Word, built in (core/report/report-document.ts) or the clerk's template
 * filled (--report-template). The forms go in the bundled order (report-order.ts). The Word libraries load only here.
 */
export async function writeReportOutput(path: string, templatePath: string | undefined, forms: readonly FormReportInput[], unit: string | undefined): Promise<void> {
  const today = new Date();
  const input = { forms: inReportOrder(forms), date: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() }, unit };
  let bytes: Uint8Array;
  if (templatePath === undefined) {
    const [{ reportDocument }, { writeReportDocx }] = await Promise.all([import("../../core/report/report-document"), import("../../adapters/docx/report-docx")]);
    bytes = await writeReportDocx(reportDocument(input));
  } else {
    const { fillReportTemplate } = await import("../../adapters/docx/fill-report-template");
    const filled = fillReportTemplate(await readInputFile(templatePath), templatePath.replace(/^.*[\\/]/, ""), input);
    for (const note of filled.notes) process.stderr.write(terminalText(`报告：${note}`) + "\n");
    bytes = filled.bytes;
  }
  writeOutputFile(path, (sink) => sink(bytes));
}

/** --stats: the 统计表 of each form, as the report has them, a sheet each. */
export function writeStatsOutput(path: string, forms: readonly FormReportInput[]): void {
  writeOutputFile(path, (sink) => sink(writeStatsWorkbook(inReportOrder(forms))));
}
