/**
 * The slice of WPS 表格's JS API (the ET object model) that the WPS adapter calls, typed here
 * rather than taken from wps-jsapi: those declarations are generated, mostly `any`, and under a
 * licence that forbids changing them. The model is VBA's: synchronous, 1-based, properties and
 * methods on live objects, no load/sync. Names and semantics follow the WPS open-platform ET
 * reference (Range, Interior, Comment, Validation, ApiEvent) and VBA where it is silent.
 */

/** One cell's `Value2`: text, a number (dates are serials), a boolean, or empty. */
export type EtScalar = string | number | boolean | null | undefined;

export interface EtInterior {
  /** A VBA long in BGR order: r + g·256 + b·65536. Null when the cells of a range differ. */
  Color: number | null;
  /** -4142 (xlNone) when unfilled; null when the cells differ. Writing -4142 clears the fill. */
  ColorIndex: number | null;
  /** 1 (xlSolid), -4142 (xlNone), or a hatch; null when the cells differ. */
  Pattern: number | null;
}

export interface EtComment {
  /** Reads the note's text; given `text`, replaces it. */
  Text(text?: string): string;
  Delete(): void;
  /** The cell the note is on. */
  readonly Parent: EtRange;
}

export interface EtComments {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtComment;
}

export interface EtValidation {
  /** Type, AlertStyle, Operator, Formula1, Formula2 (numbers: see et-constants.ts). */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  /** Reading it throws where the cells have no validation (as in VBA). */
  readonly Type: number;
  /** The first formula as given to Add: for a list, its items joined by commas. */
  readonly Formula1: string;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ShowInput: boolean;
  ShowError: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtAreas {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtRange;
}

export interface EtRange {
  /** First row and column, 1-based. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /**
   * The values: a scalar for one cell and, as in VBA, a 2-D array (rows of cells) for several —
   * which no public WPS source confirms, so readers go through values2d() and the 自检 checks it.
   */
  Value2: unknown;
  /** One format for the whole range, or null when its cells differ. Writing sets every cell. */
  NumberFormat: string | null;
  readonly Interior: EtInterior;
  /** True when every cell lies in a merged area, false when none does, null (VBA's Null) when some do. */
  readonly MergeCells: boolean | null;
  /** The merged area holding this one cell, or the cell itself when it is not merged (one cell only). */
  readonly MergeArea: EtRange;
  /** The cell's note, or null. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  readonly Validation: EtValidation;
  readonly Areas: EtAreas;
  /** A1 text; false, false for relative (`H12`). */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** 12 (xlCellTypeVisible): the visible cells as areas; -4174: the cells with validation. Throws where none are. */
  SpecialCells(type: number): EtRange;
  Select(): void;
  /** Empties values, formats and notes. */
  Clear(): void;
  readonly Worksheet: EtWorksheet;
}

export interface EtProtection {
  readonly AllowFormattingCells: boolean;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  /** An A1 address, or several joined by commas (at most 255 characters, as in VBA). */
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  /** -1 visible, 0 hidden, 2 very hidden (not even in 取消隐藏). */
  Visible: number;
  readonly Comments: EtComments;
  readonly ProtectContents: boolean;
  readonly Protection: EtProtection;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; a missing name throws. */
  Item(index: number | string): EtWorksheet;
  /** Adds a sheet after `after` (before the active sheet when no position is given). */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtName {
  /** `总结`, or `Sheet1!总结` when scoped to a sheet. */
  readonly Name: string;
  /** Throws when the name is not a range (a constant or formula). */
  readonly RefersToRange: EtRange;
}

export interface EtWorkbook {
  readonly Name: string;
  /** Sheets.Add makes the new sheet active, as in VBA: the adapter puts this one back. */
  readonly ActiveSheet: EtWorksheet | null;
  readonly Sheets: EtSheets;
  readonly Names: { readonly Count: number; Item(index: number): EtName };
}

export type EtEventHandler = (...args: never[]) => void;

export interface EtApiEvent {
  AddApiEventListener(event: string, handler: EtEventHandler): void;
  RemoveApiEventListener(event: string, handler: EtEventHandler): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ApiEvent: EtApiEvent;
  /** False while the add-in deletes a sheet: Worksheet.Delete otherwise asks the clerk to confirm. */
  DisplayAlerts: boolean;
  /** The WPS build, e.g. "12.1.0.16412". */
  readonly Build: string;
  readonly Name: string;
}

/** The add-in's global `wps` object: the ribbon and task panes. */
export interface WpsGlobal {
  readonly EtApplication?: () => EtApplication;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane | null;
  readonly PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  readonly ribbonUI?: { InvalidateControl(id: string): void };
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
}
