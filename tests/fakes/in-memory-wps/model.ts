import type { CellValue } from "../../../src/core/cell";
import { cellAddress } from "../../../src/core/address";
import type { Rect } from "../in-memory-excel/a1";

/** A stored cell: what Value2 hands back (errors are their literal text, as the Excel fake keeps them). */
export type WpsValue = string | number | boolean;

/** One validation, shared by every cell Validation.Add covered (as one data-validation area). */
export interface WpsValidationState {
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string | undefined;
  formula2: string | undefined;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  showInput: boolean;
  showError: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
}

export interface WpsFill {
  /** BGR, as Interior.Color. */
  readonly color: number;
  readonly pattern: number;
}

const key = (row: number, column: number) => `${row}:${column}`;

/** One sheet, sparse. Coordinates are 1-based, as everything in the ET object model. */
export class WpsSheetModel {
  readonly values = new Map<string, WpsValue>();
  readonly fills = new Map<string, WpsFill>();
  readonly numberFormats = new Map<string, string>();
  /** Notes by A1 address. */
  readonly comments = new Map<string, string>();
  readonly validations = new Map<string, WpsValidationState>();
  readonly hiddenRows = new Set<number>();
  /** Merged areas (never overlapping); as in WPS, a merge's value lives in its top-left cell. */
  readonly merges: Rect[] = [];
  visible = -1;
  protectContents = false;
  allowFormattingCells = false;

  constructor(public name: string) {}

  value(row: number, column: number): WpsValue | undefined {
    return this.values.get(key(row, column));
  }

  setValue(row: number, column: number, value: WpsValue | undefined | null): void {
    const empty = value === undefined || value === null || value === "";
    this.touched(row, column, empty);
    if (empty) this.values.delete(key(row, column));
    else this.values.set(key(row, column), value as WpsValue);
  }

  /** Keeps the cached used range right: a cell filled widens it, one emptied on its edge makes it scan again. */
  private touched(row: number, column: number, emptied: boolean): void {
    const used = this.used;
    if (used === null) return;
    if (!emptied) {
      this.used = { top: Math.min(used.top, row), left: Math.min(used.left, column), bottom: Math.max(used.bottom, row), right: Math.max(used.right, column) };
      // An empty sheet's A1 is no used cell: the next read scans.
      if (this.values.size === 0 && this.fills.size === 0) this.used = null;
    } else if (row === used.top || row === used.bottom || column === used.left || column === used.right) this.used = null;
  }

  fill(row: number, column: number): WpsFill | undefined {
    return this.fills.get(key(row, column));
  }

  setFill(row: number, column: number, fill: WpsFill | undefined): void {
    this.touched(row, column, fill === undefined);
    if (fill === undefined) this.fills.delete(key(row, column));
    else this.fills.set(key(row, column), fill);
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(key(row, column)) ?? "General";
  }

  setNumberFormat(row: number, column: number, format: string): void {
    this.numberFormats.set(key(row, column), format);
  }

  validation(row: number, column: number): WpsValidationState | undefined {
    return this.validations.get(key(row, column));
  }

  setValidation(row: number, column: number, state: WpsValidationState | undefined): void {
    if (state === undefined) this.validations.delete(key(row, column));
    else this.validations.set(key(row, column), state);
  }

  /** The used range as last computed, kept by setValue and setFill (the only writers of the maps). */
  private used: Rect | null = null;

  /** As VBA's UsedRange: every cell with a value, fill or note; A1 on an empty sheet. */
  usedRect(): Rect {
    return (this.used ??= this.scanUsed());
  }

  private scanUsed(): Rect {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    const take = (row: number, column: number) => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    };
    for (const cell of [...this.values.keys(), ...this.fills.keys()]) {
      const [row, column] = cell.split(":").map(Number);
      take(row, column);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  /** The sheet's values as rows from A1 (empty cells null), for assertions. */
  rows(): (WpsValue | null)[][] {
    const rect = this.usedRect();
    return Array.from({ length: rect.bottom }, (_, r) => Array.from({ length: rect.right }, (_, c) => this.value(r + 1, c + 1) ?? null));
  }

  /** Everything a clerk could see change: values, fills, formats, notes, validation. */
  snapshot(): string {
    const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify([sorted(this.values), sorted(this.fills), sorted(this.numberFormats), sorted(this.comments), sorted(this.validations), this.visible]);
  }

  /** The merge holding the cell, if any. */
  mergeAt(row: number, column: number): Rect | undefined {
    return this.merges.find((merge) => merge.top <= row && row <= merge.bottom && merge.left <= column && column <= merge.right);
  }

  fillAt(address: string): WpsFill | undefined {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    let column = 0;
    for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    return this.fill(Number(match[2]), column);
  }
}

export type WpsListener = (...args: unknown[]) => void;

/**
 * Ways a real WPS might break an assumption the adapter makes, for the 自检's tests: each makes the
 * fake answer as such a host would.
 */
export interface WpsQuirks {
  /** Value2 of a multi-cell range gives only its first cell, a scalar. */
  value2Scalar?: boolean;
  /** AddComment raises (a build without notes in its JS API). */
  commentsUnsupported?: boolean;
  /** Interior.Color is RGB, not BGR. */
  rgbColours?: boolean;
  /** SheetChange never fires. */
  noChangeEvents?: boolean;
}

/** The workbook behind the in-memory WPS, with every call into the object model counted. */
export class WpsModel {
  quirks: WpsQuirks = {};
  /** Application.DisplayAlerts; a sheet deleted while it is true asks the clerk (counted in deletePrompts). */
  displayAlerts = true;
  deletePrompts = 0;
  readonly sheets: WpsSheetModel[] = [];
  activeSheet = "";
  selection: string | null = null;
  readonly calls = new Map<string, number>();
  totalCalls = 0;
  readonly listeners = new Map<string, WpsListener[]>();
  /** Global names (Workbook.Names): name → `Sheet!A1`. */
  readonly names = new Map<string, string>();
  build = "12.1.0.16412";

  call(name: string): void {
    this.totalCalls++;
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  resetCalls(): void {
    this.calls.clear();
    this.totalCalls = 0;
  }

  /** Calls by name, largest first: what a budget test prints when it fails. */
  callSummary(): string {
    return [...this.calls].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(", ");
  }

  sheet(name: string): WpsSheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  addSheet(name: string): WpsSheetModel {
    const sheet = new WpsSheetModel(name);
    this.sheets.push(sheet);
    if (this.activeSheet === "") this.activeSheet = name;
    return sheet;
  }

  /** A sheet holding `rows` from A1 (null/undefined cells left empty). */
  addGrid(name: string, rows: readonly (readonly CellValue[])[]): WpsSheetModel {
    const sheet = this.addSheet(name);
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => sheet.setValue(r + 1, c + 1, typeof cell === "object" && cell !== null ? cell.error : cell)),
    );
    return sheet;
  }

  /**
   * The clerk types into a cell: the value changes and SheetChange fires, as WPS fires it after an
   * edit. `silently` is an edit the host does not report (a dropdown pick, a fill, a paste).
   */
  type(sheetName: string, row: number, column: number, value: WpsValue | null, { silently = false } = {}): void {
    const sheet = this.sheet(sheetName)!;
    sheet.setValue(row, column, value);
    if (!silently) this.fire("SheetChange", sheetName, cellAddress(row, column));
  }

  /** Set by the fake's objects: how a fired event hands WPS objects to the listener. */
  eventTarget: ((sheet: string, address: string) => [unknown, unknown]) | null = null;

  fire(event: string, sheet: string, address: string): void {
    if (event === "SheetChange" && this.quirks.noChangeEvents) return;
    for (const listener of this.listeners.get(event) ?? []) listener(...this.eventTarget!(sheet, address));
  }
}
