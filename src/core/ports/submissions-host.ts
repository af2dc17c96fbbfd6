import type { ColumnMap } from "../check/column-map";
import type { CheckResult, SkippedSheet } from "../check/types";
import type { ConsolidatedResult, LocatedIssue } from "../consolidate/consolidation";
import type { ProductMarker } from "../consolidate/product-output";
import type { ReportError } from "../errors";
import type { MessageText } from "../messages/catalogue";
import type { ArchiveRegister } from "../register/archive-register";
import type { ReportInput } from "../report/report-input";
import type { Template } from "../template/schema";

/** A file the clerk picked or dropped: its name and, when asked, its bytes (read on this machine, never uploaded). */
export interface PickedFile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

/**
 * One submission as checked: every roster sheet of it (each with its people, for the checks across
 * submissions), every sheet left out with the reason, and the marker it carries when the product
 * wrote it (a 汇总 or 公示名单 is not checked: consolidate-checked.ts sets it aside); or the reason
 * the whole file could not be read.
 */
export type CheckedSubmission =
  | {
      readonly file: string;
      readonly checked: readonly CheckResult[];
      readonly skipped: readonly SkippedSheet[];
      readonly marker?: ProductMarker | null;
      /** What of the settings saved in a picked file was applied or not (received-settings.ts); the open workbook has none. */
      readonly said?: readonly MessageText[];
      /** The id of the form it was checked as, where not the `template` asked for (SubmissionsRun.forms). */
      readonly form?: string;
    }
  | { readonly file: string; readonly error: ReportError };

export interface SubmissionsProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly rowsRead: number;
}

export interface SubmissionsRun {
  readonly columnMap?: ColumnMap;
  /** The 档案表 the clerk chose (对照档案): archive numbers are checked against it. */
  readonly register?: ArchiveRegister;
  /**
   * The other forms a picked file may be (劳模慰问 beside 送温暖): a file whose header names one is
   * checked as it, and says which (CheckedSubmission.form). The open workbook is the clerk's form.
   */
  readonly forms?: readonly Template[];
  readonly onProgress?: (progress: SubmissionsProgress) => void;
}

/**
 * What the 汇总 flow needs from a host, beside WorkbookHost: the page and the task pane each
 * implement it; the 汇总 view receives it as props and never touches Office.js or exceljs itself.
 */
export interface SubmissionsHost {
  /** Every roster sheet of the workbook open in the host (the task pane); absent where none is open. */
  checkOpenWorkbook?(template: Template, run?: SubmissionsRun): Promise<CheckedSubmission>;
  /** Files picked or dropped, read and checked off the UI thread, one result per file in the order given. */
  checkFiles(files: readonly PickedFile[], template: Template, run?: SubmissionsRun): Promise<CheckedSubmission[]>;
  /**
   * Writes the 汇总 workbook (汇总名册, 校验结果, 统计表, 各单位核对): a download on the page, a new
   * workbook opened in Excel in the pane. Returns what the clerk is told (where it went). With
   * several forms in one session each form's 汇总 is saved on its own: `severalForms` lets a host
   * that names a download tell them apart.
   */
  saveConsolidated(consolidated: ConsolidatedResult, template: Template, files: readonly PickedFile[], saving?: { readonly severalForms?: boolean }): Promise<string>;
  /**
   * The 档案表 files the clerk picked (对照档案), read on this machine as one register. Kept only in
   * memory: never uploaded, never copied into any workbook but as the masked 未慰问在档户 list. Absent: no 对照档案.
   */
  readRegister?(files: readonly PickedFile[]): Promise<ArchiveRegister>;
  /**
   * Saves the 活动总结 as Word (a download on the page). Absent where the host cannot save a file
   * (Excel's task pane): the view offers the report's text to copy instead.
   */
  saveReport?(report: ReportInput): Promise<string>;
  /** Saves the 统计表 in the report's layout as its own workbook (a download on the page); absent where no file can be saved. */
  saveStats?(report: ReportInput): Promise<string>;
}

/**
 * The task pane's SubmissionsHost: a workbook is open, and the issues found in it — across its
 * sheets and against the picked files — can be marked on its cells, as one marking, and cleared.
 */
export interface OpenWorkbookSubmissions extends SubmissionsHost {
  checkOpenWorkbook(template: Template, run?: SubmissionsRun): Promise<CheckedSubmission>;
  /** Marks the issues located in `file` (the open workbook), each on its own sheet. */
  markOpenWorkbook(file: string, issues: readonly LocatedIssue[]): Promise<void>;
  /** Restores every fill and note the last marking changed, on every sheet. */
  clearMarks(): Promise<void>;
}
