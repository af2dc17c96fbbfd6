import type { CellValue } from "../../../src/core/cell";
import { cellAddress } from "../../../src/core/address";
import type { Rect } from "./a1";

/** A stored cell value: Excel errors keep their literal so `values` can return it as Excel does. */
export type ModelValue = string | number | boolean | { readonly error: string };

/** A cell's fill. Absent from the map means "no fill" (Excel reports it as #FFFFFF / pattern None). */
export interface ModelFill {
  readonly color: string;
  readonly pattern: Excel.FillPattern | `${Excel.FillPattern}`;
  readonly patternColor: string | null;
}

/** A cell's data validation (ExcelApi 1.8 shapes); absent from the map means none. */
export interface ModelValidation {
  readonly rule: Excel.DataValidationRule | null;
  readonly prompt: Excel.DataValidationPrompt | null;
  readonly errorAlert: Excel.DataValidationErrorAlert | null;
  readonly ignoreBlanks: boolean;
}

export interface ProtectionState {
  readonly protected: boolean;
  readonly allowFormatCells: boolean;
}

const key = (row: number, column: number) => `${row}:${column}`;

/** One worksheet's content, sparse: only non-empty cells are stored. */
export class SheetModel {
  private readonly rows = new Map<number, (ModelValue | undefined)[]>();
  readonly formulas = new Map<string, string>();
  readonly fills = new Map<string, ModelFill>();
  readonly numberFormats = new Map<string, string>();
  readonly validations = new Map<string, ModelValidation>();
  /** Rows frozen at the top (freezePanes.freezeRows). */
  frozenRows = 0;
  /** Cell notes by A1 address (no sheet). */
  readonly notes = new Map<string, string>();
  readonly hiddenRows = new Set<number>();
  /** Merged areas; as in Excel, a merge's value lives in its top-left cell. */
  readonly merges: Rect[] = [];
  protection: ProtectionState = { protected: false, allowFormatCells: false };
  visibility: `${Excel.SheetVisibility}` = "Visible";
  /** Bumped on every value write; the used range is recomputed only when it changes. */
  private version = 0;
  private usedCache: { version: number; rect: Rect | null } | null = null;

  constructor(public name: string) {}

  value(row: number, column: number): ModelValue | undefined {
    return this.rows.get(row)?.[column];
  }

  setValue(row: number, column: number, value: ModelValue | undefined): void {
    this.version++;
    let cells = this.rows.get(row);
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows.set(row, cells);
    }
    cells[column] = value;
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(key(row, column));
  }

  setFormula(row: number, column: number, formula: string | undefined): void {
    if (formula === undefined) this.formulas.delete(key(row, column));
    else this.formulas.set(key(row, column), formula);
  }

  fill(row: number, column: number): ModelFill | undefined {
    return this.fills.get(key(row, column));
  }

  setFill(row: number, column: number, fill: ModelFill | undefined): void {
    if (fill === undefined) this.fills.delete(key(row, column));
    else this.fills.set(key(row, column), fill);
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(key(row, column)) ?? "General";
  }

  setNumberFormat(row: number, column: number, format: string): void {
    if (format === "General") this.numberFormats.delete(key(row, column));
    else this.numberFormats.set(key(row, column), format);
  }

  validation(row: number, column: number): ModelValidation | undefined {
    return this.validations.get(key(row, column));
  }

  setValidation(row: number, column: number, validation: ModelValidation | undefined): void {
    if (validation === undefined) this.validations.delete(key(row, column));
    else this.validations.set(key(row, column), validation);
  }

  /** Bounding box of cells with values (and, unless valuesOnly, with fills or formats); null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    if (!valuesOnly) return this.scanUsed(false);
    if (this.usedCache?.version !== this.version) this.usedCache = { version: this.version, rect: this.scanUsed(true) };
    return this.usedCache.rect;
  }

  private scanUsed(valuesOnly: boolean): Rect | null {
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    const include = (row: number, column: number) => {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    };
    for (const [row, cells] of this.rows) {
      let first = 0;
      while (first < cells.length && (cells[first] === undefined || cells[first] === "")) first++;
      let last = cells.length - 1;
      while (last >= first && (cells[last] === undefined || cells[last] === "")) last--;
      if (last >= first) {
        include(row, first);
        include(row, last);
      }
    }
    if (!valuesOnly) {
      for (const k of [...this.fills.keys(), ...this.numberFormats.keys()]) {
        const [row, column] = k.split(":").map(Number);
        include(row, column);
      }
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }
}

export interface NamedRange {
  readonly sheet: string;
  readonly address: string;
}

export interface ModelXmlPart {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
}

/** What a test can see about the traffic between the add-in and "Excel". */
export interface ExcelStats {
  syncs: number;
  /** Bytes of each request (JSON of the queued operations), one entry per sync. */
  readonly requestBytes: number[];
  /** Bytes of each response (JSON of the loaded data), one entry per sync. */
  readonly responseBytes: number[];
  /** Every address string passed to getRange/getRanges, to check their lengths. */
  readonly addresses: string[];
  /** Options each Excel.run was called with. */
  readonly runOptions: ({ mergeUndoGroup?: boolean } | undefined)[];
  /** Office calls made outside Excel.run (Excel.createWorkbook, document.getFileAsync), by name. */
  readonly otherCalls: string[];
}

/** The whole workbook behind the fake API. Tests seed and inspect it directly. */
export class WorkbookModel {
  /** Workbook.name: what Excel shows in the title bar. */
  fileName = "清源县送温暖名单.xlsx";
  readonly sheets: SheetModel[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  readonly names = new Map<string, NamedRange>();
  readonly xmlParts: ModelXmlPart[] = [];
  private nextXmlId = 1;
  readonly stats: ExcelStats = { syncs: 0, requestBytes: [], responseBytes: [], addresses: [], runOptions: [], otherCalls: [] };
  /** The .xlsx bytes of each workbook Excel.createWorkbook opened. */
  readonly createdWorkbooks: Uint8Array[] = [];

  /** Ways a real Excel might break an assumption of the adapter, for the 自检's tests. */
  quirks: { notesUnsupported?: boolean } = {};
  /** Handlers added through worksheets.onChanged. */
  readonly changeHandlers: ((args: Excel.WorksheetChangedEventArgs) => Promise<unknown>)[] = [];

  /**
   * The clerk types into a cell: the value changes and onChanged fires, as Excel fires it after an
   * edit. `silently` is an edit Excel does not report (a dropdown pick, a fill over filtered rows);
   * `triggerSource` "ThisLocalAddin" is a write of the add-in itself.
   */
  async type(sheetName: string, row: number, column: number, value: ModelValue | undefined, { silently = false, triggerSource = "Unknown" } = {}): Promise<void> {
    this.sheet(sheetName)!.setValue(row, column, value);
    if (silently) return;
    const args = { worksheetId: sheetName, address: cellAddress(row, column), source: "Local", triggerSource, changeType: "RangeEdited", type: "WorksheetChanged" };
    await Promise.all(this.changeHandlers.map((handler) => handler(args as unknown as Excel.WorksheetChangedEventArgs)));
  }

  /**
   * Values the add-in wrote: Excel raises onChanged for them too, after the batch, with
   * triggerSource ThisLocalAddin (the adapter's watchers skip those).
   */
  addinWrote(sheetName: string, rect: Rect): void {
    if (this.changeHandlers.length === 0) return;
    const from = cellAddress(rect.top, rect.left);
    const to = cellAddress(rect.bottom, rect.right);
    const args = { worksheetId: sheetName, address: from === to ? from : `${from}:${to}`, source: "Local", triggerSource: "ThisLocalAddin", changeType: "RangeEdited", type: "WorksheetChanged" };
    const handlers = [...this.changeHandlers];
    setTimeout(() => handlers.forEach((handler) => void handler(args as unknown as Excel.WorksheetChangedEventArgs)), 0);
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** Seeds a sheet from a grid of core cell values (null: empty; {error}: an error value). */
  addGrid(name: string, rows: readonly (readonly CellValue[])[], firstRow = 1, firstColumn = 1): SheetModel {
    const sheet = this.addSheet(name);
    rows.forEach((cells, i) =>
      cells.forEach((value, j) => {
        if (value !== null && value !== "") sheet.setValue(firstRow + i, firstColumn + j, value);
      }),
    );
    return sheet;
  }

  removeSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    this.sheets.splice(index, 1);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0]?.name ?? "";
  }

  addXmlPart(namespaceUri: string, xml: string): ModelXmlPart {
    const part = { id: `{PART-${this.nextXmlId++}}`, namespaceUri, xml };
    this.xmlParts.push(part);
    return part;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requestBytes.length = 0;
    this.stats.responseBytes.length = 0;
    this.stats.addresses.length = 0;
    this.stats.runOptions.length = 0;
    this.stats.otherCalls.length = 0;
  }

  /**
   * Everything a clerk could lose on one sheet — values, formulas, fills, formats, notes and
   * hidden rows — as canonical JSON, one line per cell, so big sheets compare quickly.
   */
  snapshot(name: string): string {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const rect = sheet.usedRect(false);
    const lines: string[] = [];
    if (rect) {
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let column = rect.left; column <= rect.right; column++) {
          const value = sheet.value(row, column);
          const formula = sheet.formula(row, column);
          const fill = sheet.fill(row, column);
          const format = sheet.numberFormat(row, column);
          if (value !== undefined || formula || fill || format !== "General") {
            lines.push(JSON.stringify([cellAddress(row, column), value, formula, fill, format]));
          }
        }
      }
    }
    lines.push(JSON.stringify({ notes: [...sheet.notes].sort(), hidden: [...sheet.hiddenRows].sort((a, b) => a - b) }));
    return lines.join("\n");
  }
}
