import { submissionError } from "../../core/consolidate/submission-error";
import type { ProductMarker } from "../../core/consolidate/product-output";
import type { ConsolidatedResult, LocatedIssue } from "../../core/consolidate/consolidation";
import type { CheckedSubmission, OpenWorkbookSubmissions, PickedFile } from "../../core/ports/submissions-host";
import type { Template } from "../../core/template/schema";
import type { ColumnMap } from "../../core/check/column-map";
import type { MessageText } from "../../core/messages/catalogue";
import type { RosterSheets } from "../xlsx/check-roster-sheets";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { checkOpenWorkbook } from "./check-open-workbook";
import { officeExcelRun, officeIsSetSupported, type ExcelRun, type IsSetSupported } from "./excel-run";
import { officeDocumentBytes, type DocumentBytes } from "./document-bytes";
import { clearMarks, markSheets } from "./mark-issues";
import { openNewWorkbook, type CreateWorkbook } from "./open-new-workbook";

export interface ExcelSubmissionsOptions {
  /** Excel.run in the add-in; the in-memory Excel in tests. */
  readonly run?: ExcelRun;
  readonly isSetSupported?: IsSetSupported;
  /** Excel.createWorkbook (ExcelApi 1.8) in the add-in. */
  readonly createWorkbook?: CreateWorkbook;
  /** The open workbook's .xlsx bytes (Office.context.document.getFileAsync in the add-in). */
  readonly documentBytes?: DocumentBytes;
  /** Reads and checks one picked file with the .xlsx reader: the page's reading worker in the pane. */
  readonly checkRosters: CheckRosters;
  /** Reads the 档案表 files the clerk picks (对照档案) with the .xlsx/.csv reader, never through Office.js. */
  readonly readRegister: (files: readonly PickedFile[]) => Promise<ArchiveRegister>;
}

/** The receiving level's form a picked file is checked with, and the clerk's 列对应 (a file's own saved one wins). */
export interface RosterRules {
  readonly template: Template;
  readonly columnMap?: ColumnMap;
  /** The 档案表 the clerk chose (对照档案). */
  readonly register?: ArchiveRegister;
  /** The other forms a picked file may be: one whose header names one is checked as it. */
  readonly forms?: readonly Template[];
}

/**
 * Every roster sheet of one picked file checked with its own saved settings (or `rules`), each
 * sheet's people kept. The bytes may move away (to a worker) with the call.
 */
export type CheckRosters = (
  bytes: Uint8Array,
  fileName: string,
  rules: RosterRules,
  onRows: (rowsRead: number) => void,
) => Promise<RosterSheets & { readonly marker?: ProductMarker | null; readonly said: readonly MessageText[]; readonly form?: string }>;

/**
 * SubmissionsHost for the task pane. The open workbook is read through Office.js; files the clerk
 * picks from disk are read with the .xlsx reader (checkRosters), never through Office.js and never
 * uploaded, each with the settings and 列对应 saved inside it (or, without any, the clerk's).
 */
export function createExcelSubmissionsHost({
  run = officeExcelRun,
  isSetSupported = officeIsSetSupported,
  createWorkbook = (base64) => Excel.createWorkbook(base64),
  documentBytes = officeDocumentBytes,
  checkRosters,
  readRegister,
}: ExcelSubmissionsOptions): OpenWorkbookSubmissions {
  return {
    checkOpenWorkbook: (template, options = {}) =>
      checkOpenWorkbook(run, template, { ...options, mergesSupported: isSetSupported("ExcelApi", "1.13") }),

    async checkFiles(files, template, options = {}) {
      const checked: CheckedSubmission[] = [];
      let rowsBefore = 0;
      for (const [index, file] of files.entries()) {
        const report = (rowsRead: number) => options.onProgress?.({ filesDone: index, filesTotal: files.length, rowsRead: rowsBefore + rowsRead });
        let rowsRead = 0;
        try {
          const rules = { template, columnMap: options.columnMap, register: options.register, forms: options.forms };
          const sheets = await checkRosters(await file.bytes(), file.name, rules, (rows) => report((rowsRead = rows)));
          checked.push({ file: file.name, ...sheets });
        } catch (error) {
          // One file that fails (even out of memory) is that file's verdict, named: the others go on.
          checked.push({ file: file.name, error: submissionError(error, file.name) });
        }
        rowsBefore += rowsRead;
        options.onProgress?.({ filesDone: index + 1, filesTotal: files.length, rowsRead: rowsBefore });
      }
      return checked;
    },

    async saveConsolidated(consolidated: ConsolidatedResult, template: Template, files: readonly PickedFile[]) {
      // exceljs loads only when a 汇总 workbook is written: checking does not need it.
      const { writeConsolidatedWorkbook } = await import("../xlsx/consolidated-workbook");
      // In the order consolidated; the open workbook is the submission no picked file names: its rows come from Excel's copy of it.
      const picked = new Map(files.map((file) => [file.name, file.bytes]));
      const sources = [...new Set(consolidated.submissions.map((submission) => submission.file))].map((file) => ({ file, bytes: picked.get(file) ?? documentBytes }));
      const bytes = await writeConsolidatedWorkbook(consolidated, template, sources);
      return openNewWorkbook({ createWorkbook, isSetSupported }, bytes);
    },

    readRegister,

    markOpenWorkbook(file, issues) {
      const bySheet = new Map<string, LocatedIssue[]>();
      for (const issue of issues) {
        if (issue.file !== file) continue;
        const list = bySheet.get(issue.sheet);
        if (list) list.push(issue);
        else bySheet.set(issue.sheet, [issue]);
      }
      return markSheets({ run, isSetSupported }, [...bySheet].map(([sheet, located]) => ({ sheet, issues: located })));
    },

    clearMarks: () => clearMarks({ run, isSetSupported }),
  };
}
