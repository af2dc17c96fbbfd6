import type { CellValue } from "../cell";
import type { ColumnMap } from "../check/column-map";
import type { MergedRange } from "../check/merged-ranges";
import type { CheckResult } from "../check/types";
import type { SheetRow } from "../rows/sheet-row";
import type { SelfTestHost } from "./self-test-host";
import type { Template } from "../template/schema";

export interface CheckProgress {
  readonly rowsRead: number;
  /** Rows in the used range, when the host knows it up front. */
  readonly rowsTotal: number | null;
}

export interface CheckRun {
  /** The clerk's 列对应 (saved in the workbook with the settings). */
  readonly columnMap?: ColumnMap;
  readonly onProgress?: (progress: CheckProgress) => void;
}

/** A change the clerk made: the sheet and the A1 area(s), comma-separated, as the host reports them. */
export interface SheetEdit {
  readonly sheet: string;
  readonly address: string;
}

/** Rows of a sheet's used range as values, for checking while the clerk types. */
export interface RowsRead {
  /** Sheet row of rows[0]; columns from firstColumn to the used range's last. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rows: CellValue[][];
  /** Read with the whole used range only: hidden or filtered rows, and merged areas where the host gives them. */
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly MergedRange[];
}

/** The sheets the results went to: 校验结果 and 分地区汇总, or 校验结果(2)… beside a clerk's own sheet so named. */
export interface ResultSheetNames {
  readonly issues: string;
  readonly subtotals: string;
}

/**
 * What the task pane needs from a workbook host. The Excel adapter (Office.js), the WPS adapter
 * (WPS 表格's JS API) and the standalone page (the .xlsx reader in a worker) implement it;
 * components receive it as props, so no component calls a host's API itself.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "wps" | "standalone";
  /** Sheets a check can run on, in workbook order (results sheets excluded). */
  listSheets(): Promise<string[]>;
  /** The sheet the clerk is looking at (Excel) or the first sheet with a recognised header. */
  defaultSheet(): Promise<string>;
  /** Reads the sheet in blocks and runs the core check; throws ReportError for unusable input. */
  check(template: Template, sheet: string, run?: CheckRun): Promise<CheckResult>;
  /** The sheet's first rows (the header window), for the 列对应 view; blank rows left out. */
  headerRows(sheet: string): Promise<readonly SheetRow[]>;
  /** Fills flagged cells (red errors, amber warnings) and adds notes; remembers prior fills. */
  markIssues(result: CheckResult): Promise<void>;
  /** Restores every fill and note that markIssues changed, exactly. */
  clearMarks(): Promise<void>;
  /** Selects (Excel) or scrolls to and outlines (standalone) one cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Writes (replacing) the 校验结果 and 分地区汇总 sheets — under 校验结果(2)… when a clerk's own sheet
   * has the name — and returns the names as written.
   */
  writeResultSheets(result: CheckResult, template: Template): Promise<ResultSheetNames>;
  /** Writes the summary paragraph: into the cell named 总结, else into a 总结 sheet. Returns where. */
  writeSummary(text: string): Promise<string>;
  /** Rule settings stored inside the workbook (travel with the file), or null. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /**
   * Checking while typing (hosts that report edits: Excel's onChanged, WPS's SheetChange): calls
   * `onEdit` after each change the clerk makes — never for the add-in's own writes — until the
   * returned function is called. Hosts miss some edits (dropdown picks, fills, pastes): callers
   * re-read everything now and then.
   */
  watchEdits?(onEdit: (edit: SheetEdit) => void): Promise<() => Promise<void>>;
  /** The used range's values (all of it, or `span` rows of it), read in bulk; nothing is written. */
  readRows?(sheet: string, span?: { readonly top: number; readonly count: number }): Promise<RowsRead>;
  /** The 自检 (hosts the add-in runs inside: Excel, WPS): the host's assumptions tried on a scratch sheet. */
  readonly selfTest?: SelfTestHost;
}
