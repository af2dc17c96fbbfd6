import { embedSavedSettings } from "../../adapters/xlsx/embed-saved-settings";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { CheckResult, Severity } from "../../core/check/types";
import type { CheckRun, ResultSheetNames, WorkbookHost } from "../../core/ports/workbook-host";
import { NO_COLUMN_MAP } from "../../core/check/column-map";
import type { CellValue } from "../../core/cell";
import type { SheetRow } from "../../core/rows/sheet-row";
import type { Template } from "../../core/template/schema";
import { checkableSheets } from "./default-sheet";
import { freeSheetName, ISSUES_SHEET, SUBTOTALS_SHEET } from "../../core/workbook/sheet-names";
import type { PreviewGrid } from "./preview-grid";
import { readInPage } from "./read-in-page";
import { MemorySettings, type SettingsStore } from "./settings-store";
import type { ReadWorkbook, WorkbookReading } from "./workbook-reading";

const SUMMARY_SHEET = "总结";

/** Hands finished bytes to the clerk (a download link in the page; a capture in tests). */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

/** What the sheet preview shows: marking and selecting are colouring and outlining there. */
export interface PreviewView {
  readonly sheet: string;
  /** Flagged cells by A1 address; an error outranks a warning in the same cell. */
  readonly marks: ReadonlyMap<string, Severity>;
  readonly selected: string | null;
}

/** What the sheet preview reads: the grids, and the view it re-renders on. */
export interface PreviewSource {
  subscribe(listener: () => void): () => void;
  getView(): PreviewView;
  grid(sheet: string): PreviewGrid | undefined;
}

/**
 * The standalone page's workbook host: the file is read and checked by the one reader (in a Web
 * Worker on the page), the preview shows its rows, and results go back to the clerk as
 * downloads written from the file's own bytes by the package writer: exceljs is on neither path.
 */
export class StandaloneHost implements WorkbookHost, PreviewSource {
  readonly kind = "standalone";
  private view: PreviewView;
  private readonly listeners = new Set<() => void>();

  private summary: string | null = null;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly fileName: string,
    private readonly read: ReadWorkbook,
    private readonly saveFile: SaveFile,
    private readonly settings: SettingsStore,
    /** The settings the file carries (a county's 列对应), read once from its bytes. */
    private applied: unknown | null,
  ) {
    this.view = { sheet: read.defaultSheet, marks: new Map(), selected: null };
  }

  /** Reads the file; the preview starts on the sheet a check would pick. */
  static async open(
    bytes: Uint8Array,
    fileName: string,
    template: Template,
    saveFile: SaveFile,
    settings: SettingsStore = new MemorySettings(),
    reading: WorkbookReading = readInPage,
  ): Promise<StandaloneHost> {
    const read = await reading.open(bytes, fileName, template);
    return new StandaloneHost(bytes, fileName, read, saveFile, settings, read.savedSettings);
  }

  /** The reading worker goes when the clerk opens another file. */
  close(): void {
    this.read.close();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): PreviewView => this.view;

  grid(sheet: string): PreviewGrid | undefined {
    return this.read.sheets.find((candidate) => candidate.name === sheet)?.preview;
  }

  async listSheets(): Promise<string[]> {
    return checkableSheets(this.read.sheets, this.read.defaultSheet);
  }

  async defaultSheet(): Promise<string> {
    return this.view.sheet;
  }

  async check(template: Template, sheet: string, { columnMap = NO_COLUMN_MAP, onProgress }: CheckRun = {}): Promise<CheckResult> {
    const rowsTotal = this.grid(sheet)?.rowCount ?? null;
    const result = await this.read.check(template, sheet, columnMap, (rowsRead) => onProgress?.({ rowsRead, rowsTotal }));
    this.update({ sheet: result.sheet, marks: new Map(), selected: null });
    return result;
  }

  async headerRows(sheet: string): Promise<readonly SheetRow[]> {
    const grid = this.grid(sheet);
    if (grid === undefined) return [];
    const rows: SheetRow[] = [];
    for (let i = 0; i < Math.min(grid.rowCount, HEADER_WINDOW); i++) {
      const cells = grid.row(i);
      if (cells.some((cell: CellValue) => cell !== null && cell !== "")) rows.push({ rowNumber: grid.firstRow + i, cells, firstColumn: grid.firstColumn, hidden: false });
    }
    return rows;
  }

  async markIssues(result: CheckResult): Promise<void> {
    const marks = new Map<string, Severity>();
    for (const issue of result.issues) {
      if (marks.get(issue.cell) !== "error") marks.set(issue.cell, issue.severity);
    }
    this.update({ ...this.view, sheet: result.sheet, marks });
  }

  async clearMarks(): Promise<void> {
    this.update({ ...this.view, marks: new Map() });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.update({ ...this.view, sheet, selected: address });
  }

  /** There is no open workbook to write into: the checked copy (with both sheets) downloads. */
  async writeResultSheets(result: CheckResult, template: Template): Promise<ResultSheetNames> {
    await this.downloadAnnotated(result, template);
    return { issues: ISSUES_SHEET, subtotals: SUBTOTALS_SHEET };
  }

  /** The paragraph goes into the downloads, as A1 of a 总结 sheet added beside the clerk's (总结(2) if the clerk has one). */
  async writeSummary(text: string): Promise<string> {
    this.summary = text;
    return `${freeSheetName(SUMMARY_SHEET, this.read.sheets.map((sheet) => sheet.name))}!A1`;
  }

  /** The settings the file carries win over this browser's: the file checks as it did where it was made. */
  async loadSettings(): Promise<unknown | null> {
    this.applied ??= this.settings.load();
    return this.applied;
  }

  /** Kept in this browser for the next file, and written into the downloaded checked copy. */
  async saveSettings(settings: unknown): Promise<void> {
    this.settings.save(settings);
    this.applied = settings;
  }

  /** The checked copy carries the settings and 列对应 it was checked with, for the next level's hosts. */
  async downloadAnnotated(result: CheckResult, template: Template): Promise<void> {
    const [{ writeAnnotatedWorkbook }, { copyExtension }] = await Promise.all([import("../../adapters/xlsx/annotate-workbook"), import("../../adapters/xlsx/macro-workbook")]);
    const extraSheets = this.summary === null ? [] : [{ name: SUMMARY_SHEET, rows: [[this.summary]], widths: [100] }];
    const bytes = writeAnnotatedWorkbook(this.bytes, this.fileName, result, template, { extraSheets });
    // A workbook with macros keeps them, so its copy is an .xlsm: Excel opens such a package under no other name.
    const extension = await copyExtension(this.bytes);
    this.saveFile(this.applied === null ? bytes : embedSavedSettings(bytes, this.applied, new Date()), this.outputName("校验结果", extension));
  }

  /** The 公示版's rows are taken from the rows the reader already read (in the worker on the page). */
  async downloadPublic(result: CheckResult, template: Template): Promise<void> {
    const sheet = await this.read.publicSheet(result, template);
    const [{ collectBytes }, { writePublicWorkbook }] = await Promise.all([
      import("../../adapters/xlsx/package/new-workbook"),
      import("../../adapters/xlsx/public-workbook"),
    ]);
    this.saveFile(collectBytes((sink) => writePublicWorkbook(sheet, sink, this.fileName)), this.outputName("公示版"));
  }

  private outputName(suffix: string, extension = ".xlsx"): string {
    return `${this.fileName.replace(/\.(xlsx|xlsm|csv)$/i, "")}-${suffix}${extension}`;
  }

  private update(view: PreviewView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}
