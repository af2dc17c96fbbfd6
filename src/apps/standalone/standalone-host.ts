import type { CheckResult, Severity } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { writeAnnotatedWorkbook } from "../../adapters/xlsx/annotate-workbook";
import { checkOpenedWorkbook } from "../../adapters/xlsx/check-opened-workbook";
import { openWorkbook } from "../../adapters/xlsx/open-workbook";
import type { OpenedWorkbook, SheetGrid } from "../../adapters/xlsx/opened-workbook";
import { embedSavedSettings } from "../../adapters/xlsx/embed-saved-settings";
import { writePublicWorkbook } from "../../adapters/xlsx/public-workbook";
import { readSavedSettings } from "../../adapters/xlsx/saved-settings";
import { NOT_ROSTER_SHEETS } from "../../adapters/xlsx/sheet-names";
import type { CheckRun, WorkbookHost } from "../../core/ports/workbook-host";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { SheetRow } from "../../core/rows/sheet-row";
import { writeSummaryCell } from "./write-summary-cell";
import { MemorySettings, type SettingsStore } from "./settings-store";

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
  grid(sheet: string): SheetGrid | undefined;
}

/**
 * The standalone page's workbook host: the whole file is in memory (exceljs), checks run on the
 * same grids the CLI reads, and results go back to the clerk as downloads.
 */
export class StandaloneHost implements WorkbookHost, PreviewSource {
  readonly kind = "standalone";
  private view: PreviewView;
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly opened: OpenedWorkbook,
    private readonly saveFile: SaveFile,
    private readonly settings: SettingsStore,
    /** The settings the file carries (a county's 列对应), read once from its bytes. */
    private applied: unknown | null,
    firstSheet: string,
  ) {
    this.view = { sheet: firstSheet, marks: new Map(), selected: null };
  }

  /** Reads the file; the preview starts on the sheet a check would pick. */
  static async open(
    bytes: Uint8Array,
    fileName: string,
    template: Template,
    saveFile: SaveFile,
    settings: SettingsStore = new MemorySettings(),
  ): Promise<StandaloneHost> {
    const opened = await openWorkbook(bytes, fileName);
    const carried = readSavedSettings(bytes);
    const names = checkableSheets(opened);
    let first = names[0] ?? opened.sheets[0]?.name ?? "";
    try {
      first = checkOpenedWorkbook(opened, template).sheet;
    } catch {
      // No recognised header anywhere: the check will say so when the clerk runs it.
    }
    return new StandaloneHost(opened, saveFile, settings, carried, first);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): PreviewView => this.view;

  grid(sheet: string): SheetGrid | undefined {
    return this.opened.sheets.find((grid) => grid.name === sheet);
  }

  async listSheets(): Promise<string[]> {
    return checkableSheets(this.opened);
  }

  async defaultSheet(): Promise<string> {
    return this.view.sheet;
  }

  async check(template: Template, sheet: string, { columnMap, onProgress }: CheckRun = {}): Promise<CheckResult> {
    const rows = this.grid(sheet)?.rows.length ?? 0;
    const result = checkOpenedWorkbook(this.opened, template, sheet, columnMap);
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    this.update({ sheet: result.sheet, marks: new Map(), selected: null });
    return result;
  }

  async headerRows(sheet: string): Promise<readonly SheetRow[]> {
    const grid = this.grid(sheet);
    if (grid === undefined) return [];
    return grid.rows.slice(0, HEADER_WINDOW).flatMap((cells, i) =>
      cells?.some((cell) => cell !== null && cell !== undefined && cell !== "")
        ? [{ rowNumber: grid.firstRow + i, cells, firstColumn: grid.firstColumn, hidden: false }]
        : [],
    );
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
  async writeResultSheets(result: CheckResult, template: Template): Promise<void> {
    await this.downloadAnnotated(result, template);
  }

  async writeSummary(text: string): Promise<string> {
    return writeSummaryCell(this.opened.workbook, text);
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
    const bytes = await writeAnnotatedWorkbook(this.opened, result, template);
    const withSettings = this.applied === null ? bytes : embedSavedSettings(bytes, this.applied, new Date());
    this.saveFile(withSettings, this.outputName("校验结果"));
  }

  async downloadPublic(result: CheckResult, template: Template): Promise<void> {
    this.saveFile(await writePublicWorkbook(this.opened, result, template), this.outputName("公示版"));
  }

  private outputName(suffix: string): string {
    return `${this.opened.fileName.replace(/\.(xlsx|csv)$/i, "")}-${suffix}.xlsx`;
  }

  private update(view: PreviewView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

function checkableSheets(opened: OpenedWorkbook): string[] {
  return opened.sheets.map((grid) => grid.name).filter((name) => !NOT_ROSTER_SHEETS.includes(name));
}
