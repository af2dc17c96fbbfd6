import type { CheckedSubmission, PickedFile, SubmissionsHost, SubmissionsRun } from "../../core/ports/submissions-host";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { readRegisterFiles } from "../../adapters/xlsx/read-register";
import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import { submissionError } from "../../core/consolidate/submission-error";
import type { ReportInput } from "../../core/report/report-input";
import type { Template } from "../../core/template/schema";
import type { ConsolidatedWriting } from "./consolidated-writing";
import type { RosterChecking } from "./roster-checking";
import type { SaveFile } from "./standalone-host";

export const CONSOLIDATED_FILE = "汇总.xlsx";
export const REPORT_FILE = "活动总结.docx";
export const STATS_FILE = "统计表.xlsx";

/**
 * One form keeps 汇总.xlsx; with several, each form's download is named for it (汇总-劳模慰问名册.xlsx)
 * so the second does not land as 汇总 (1).xlsx beside the first. A pack's name may hold characters
 * no file name may (a clerk's own pack): those become "_".
 */
function consolidatedFileName(template: Template, severalForms: boolean): string {
  if (!severalForms) return CONSOLIDATED_FILE;
  const formName = template.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return `汇总-${formName || template.id}.xlsx`;
}

/**
 * The page's side of the 汇总 flow: each picked file is read and checked on its own (in a worker
 * of its own on the page), a few at a time, and only its verdicts and people's keys come back;
 * the 汇总 workbook is written with exceljs (in a worker on the page), loaded with the first save, and downloaded.
 */
export class PageSubmissionsHost implements SubmissionsHost {
  constructor(
    private readonly checking: RosterChecking,
    private readonly writing: ConsolidatedWriting,
    private readonly saveFile: SaveFile,
    /** Files checked at once: one per core left after the page's own, so memory holds that many files. */
    private readonly lanes = Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1)),
  ) {}

  async checkFiles(files: readonly PickedFile[], template: Template, run: SubmissionsRun = {}): Promise<CheckedSubmission[]> {
    const outcomes: CheckedSubmission[] = new Array(files.length);
    const rowsRead = files.map(() => 0);
    let filesDone = 0;
    let next = 0;
    const report = () => run.onProgress?.({ filesDone, filesTotal: files.length, rowsRead: rowsRead.reduce((sum, rows) => sum + rows, 0) });
    const lane = async () => {
      while (next < files.length) {
        const index = next++;
        outcomes[index] = await this.checkOne(files[index], template, run, (rows) => {
          rowsRead[index] = rows;
          report();
        });
        filesDone++;
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.lanes, files.length) }, lane));
    return outcomes;
  }

  async saveConsolidated(consolidated: ConsolidatedResult, template: Template, files: readonly PickedFile[], { severalForms = false } = {}): Promise<string> {
    const name = consolidatedFileName(template, severalForms);
    this.saveFile(await this.writing.write(consolidated, template, files), name);
    return `${name}（已下载 / downloaded）`;
  }

  /** The Word writer (docx) is a chunk of its own, loaded with the first 下载报告. */
  async saveReport(report: ReportInput): Promise<string> {
    const [{ writeReportDocx }, { reportDocument }] = await Promise.all([
      import(/* webpackChunkName: "report-docx" */ "../../adapters/docx/report-docx"),
      import(/* webpackChunkName: "report-docx" */ "../../core/report/report-document"),
    ]);
    this.saveFile(await writeReportDocx(reportDocument(report)), REPORT_FILE);
    return `${REPORT_FILE}（已下载 / downloaded）`;
  }

  async saveStats(report: ReportInput): Promise<string> {
    const { writeStatsWorkbook } = await import(/* webpackChunkName: "report-docx" */ "../../adapters/xlsx/stats-workbook");
    this.saveFile(writeStatsWorkbook(report.forms), STATS_FILE);
    return `${STATS_FILE}（已下载 / downloaded）`;
  }

  /** A file that cannot be read is that file's verdict, said with the reason; the others go on. */
  async readRegister(files: readonly PickedFile[]): Promise<ArchiveRegister> {
    return readRegisterFiles(files);
  }

  private async checkOne(file: PickedFile, template: Template, { columnMap, register, forms }: SubmissionsRun, onRows: (rows: number) => void): Promise<CheckedSubmission> {
    try {
      const { checked, skipped, marker, said, form } = await this.checking.check(await file.bytes(), file.name, { template, columnMap, register, forms }, onRows);
      return { file: file.name, checked, skipped, marker, said, form };
    } catch (error) {
      return { file: file.name, error: submissionError(error, file.name) };
    }
  }
}
