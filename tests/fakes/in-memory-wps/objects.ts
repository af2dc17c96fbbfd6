import { cellAddress } from "../../../src/core/address";
import type {
  EtApiEvent,
  EtApplication,
  EtAreas,
  EtComment,
  EtComments,
  EtEventHandler,
  EtInterior,
  EtName,
  EtRange,
  EtSheets,
  EtValidation,
  EtWorkbook,
  EtWorksheet,
} from "../../../src/adapters/wps/et-api";
import { parseArea, type Rect } from "../in-memory-excel/a1";
import type { WpsModel, WpsSheetModel, WpsValidationState } from "./model";

const XL_NONE = -4142;
const PALETTE_RED = 3;
const XL_SOLID = 1;
const XL_CELL_TYPE_VISIBLE = 12;
const XL_CELL_TYPE_ALL_VALIDATION = -4174;
/** VBA's Range(address) limit. */
export const MAX_WPS_ADDRESS_CHARS = 255;

/** What WPS raises, in the shape the fake throws it. */
export class WpsError extends Error {}

function* cellsOf(rects: readonly Rect[]): Generator<[number, number]> {
  for (const rect of rects) for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) yield [row, column];
}

function rectText(rect: Rect): string {
  const from = cellAddress(rect.top, rect.left);
  const to = cellAddress(rect.bottom, rect.right);
  return from === to ? from : `${from}:${to}`;
}

/** One value when every cell agrees, else null — how VBA answers a property over many cells. */
function uniform<T>(values: Iterable<T>): T | null {
  let first: { value: T } | null = null;
  for (const value of values) {
    if (first === null) first = { value };
    else if (first.value !== value) return null;
  }
  return first === null ? null : first.value;
}

class FakeSheetBound {
  constructor(
    protected readonly model: WpsModel,
    protected readonly sheetModel: WpsSheetModel,
  ) {}

  protected refuseIfProtected(formatting: boolean): void {
    const sheet = this.sheetModel;
    if (sheet.protectContents && !(formatting && sheet.allowFormattingCells)) throw new WpsError(`工作表“${sheet.name}”受保护`);
  }
}

class FakeInterior extends FakeSheetBound implements EtInterior {
  constructor(model: WpsModel, sheet: WpsSheetModel, private readonly rects: readonly Rect[]) {
    super(model, sheet);
  }

  get Color(): number | null {
    this.model.call("Interior.Color.get");
    return uniform([...cellsOf(this.rects)].map(([r, c]) => this.sheetModel.fill(r, c)?.color ?? 0xffffff));
  }

  set Color(color: number | null) {
    this.model.call("Interior.Color.set");
    this.refuseIfProtected(true);
    for (const [r, c] of cellsOf(this.rects)) this.sheetModel.setFill(r, c, { color: color ?? 0xffffff, pattern: XL_SOLID });
  }

  get ColorIndex(): number | null {
    this.model.call("Interior.ColorIndex.get");
    // Filled cells answer some palette index; the fake gives 1 + the colour modulo 56.
    return uniform([...cellsOf(this.rects)].map(([r, c]) => {
      const fill = this.sheetModel.fill(r, c);
      return fill === undefined ? XL_NONE : 1 + (fill.color % 56);
    }));
  }

  set ColorIndex(index: number | null) {
    this.model.call("Interior.ColorIndex.set");
    this.refuseIfProtected(true);
    if (index !== XL_NONE && index !== PALETTE_RED) throw new WpsError("the fake models ColorIndex = xlNone and 3 (red) only");
    // Red in the default palette: 255 as BGR, 0xFF0000 on a host whose colours are RGB.
    const red = this.model.quirks.rgbColours ? 0xff0000 : 0x0000ff;
    for (const [r, c] of cellsOf(this.rects)) this.sheetModel.setFill(r, c, index === XL_NONE ? undefined : { color: red, pattern: XL_SOLID });
  }

  get Pattern(): number | null {
    this.model.call("Interior.Pattern.get");
    return uniform([...cellsOf(this.rects)].map(([r, c]) => this.sheetModel.fill(r, c)?.pattern ?? XL_NONE));
  }

  set Pattern(pattern: number | null) {
    this.model.call("Interior.Pattern.set");
    this.refuseIfProtected(true);
    for (const [r, c] of cellsOf(this.rects)) {
      const fill = this.sheetModel.fill(r, c);
      if (pattern === XL_NONE) this.sheetModel.setFill(r, c, undefined);
      else this.sheetModel.setFill(r, c, { color: fill?.color ?? 0xffffff, pattern: pattern ?? XL_SOLID });
    }
  }
}

class FakeComment extends FakeSheetBound implements EtComment {
  constructor(model: WpsModel, sheet: WpsSheetModel, private readonly address: string) {
    super(model, sheet);
  }

  Text(text?: string): string {
    this.model.call("Comment.Text");
    if (text !== undefined) this.sheetModel.comments.set(this.address, text);
    return this.sheetModel.comments.get(this.address) ?? "";
  }

  Delete(): void {
    this.model.call("Comment.Delete");
    this.sheetModel.comments.delete(this.address);
  }

  get Parent(): EtRange {
    this.model.call("Comment.Parent");
    return new FakeRange(this.model, this.sheetModel, [parseArea(this.address)!]);
  }
}

const VALIDATION_PROPERTIES = {
  IgnoreBlank: "ignoreBlank",
  InCellDropdown: "inCellDropdown",
  ShowInput: "showInput",
  ShowError: "showError",
  InputTitle: "inputTitle",
  InputMessage: "inputMessage",
  ErrorTitle: "errorTitle",
  ErrorMessage: "errorMessage",
} as const;

class FakeValidation extends FakeSheetBound {
  constructor(model: WpsModel, sheet: WpsSheetModel, private readonly rects: readonly Rect[]) {
    super(model, sheet);
    for (const [property, field] of Object.entries(VALIDATION_PROPERTIES)) {
      Object.defineProperty(this, property, {
        get: () => {
          this.model.call(`Validation.${property}.get`);
          return this.state()[field];
        },
        set: (value: never) => {
          this.model.call(`Validation.${property}.set`);
          for (const [r, c] of cellsOf(this.rects)) {
            const state = this.sheetModel.validation(r, c);
            if (!state) throw new WpsError("no validation to set");
            state[field] = value;
          }
        },
      });
    }
  }

  /** The one validation every cell shares; VBA raises where there is none or they differ. */
  private state(): WpsValidationState {
    const state = uniform([...cellsOf(this.rects)].map(([r, c]) => this.sheetModel.validation(r, c)));
    if (!state) throw new WpsError("应用程序定义或对象定义错误 (no validation)");
    return state;
  }

  get Type(): number {
    this.model.call("Validation.Type.get");
    return this.state().type;
  }

  get Formula1(): string {
    this.model.call("Validation.Formula1.get");
    return this.state().formula1 ?? "";
  }

  Add(type: number, alertStyle = 1, operator = 1, formula1?: string, formula2?: string): void {
    this.model.call("Validation.Add");
    this.refuseIfProtected(false);
    const cells = [...cellsOf(this.rects)];
    if (cells.some(([r, c]) => this.sheetModel.validation(r, c))) throw new WpsError("the cells already have validation: Delete first");
    const state: WpsValidationState = {
      type, alertStyle, operator, formula1, formula2, ignoreBlank: true, inCellDropdown: true, showInput: true, showError: true,
      inputTitle: "", inputMessage: "", errorTitle: "", errorMessage: "",
    };
    for (const [r, c] of cells) this.sheetModel.setValidation(r, c, state);
  }

  Delete(): void {
    this.model.call("Validation.Delete");
    for (const [r, c] of cellsOf(this.rects)) this.sheetModel.setValidation(r, c, undefined);
  }
}

export class FakeRange extends FakeSheetBound implements EtRange {
  constructor(model: WpsModel, sheet: WpsSheetModel, private readonly rects: readonly Rect[]) {
    super(model, sheet);
  }

  private get first(): Rect {
    return this.rects[0];
  }

  get Row(): number {
    this.model.call("Range.Row");
    return this.first.top;
  }

  get Column(): number {
    this.model.call("Range.Column");
    return this.first.left;
  }

  get Rows() {
    this.model.call("Range.Rows");
    const count = this.first.bottom - this.first.top + 1;
    return { get Count() { return count; } };
  }

  get Columns() {
    this.model.call("Range.Columns");
    const count = this.first.right - this.first.left + 1;
    return { get Count() { return count; } };
  }

  /** A scalar for one cell, rows of cells for several (VBA's shape); the first area only. */
  get Value2(): unknown {
    this.model.call("Range.Value2.get");
    const { top, left, bottom, right } = this.first;
    if ((top === bottom && left === right) || this.model.quirks.value2Scalar) return this.sheetModel.value(top, left);
    return Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => this.sheetModel.value(top + r, left + c)));
  }

  set Value2(value: unknown) {
    this.model.call("Range.Value2.set");
    this.refuseIfProtected(false);
    if (!Array.isArray(value)) {
      for (const [r, c] of cellsOf(this.rects)) this.sheetModel.setValue(r, c, value as never);
      this.changed();
      return;
    }
    const { top, left, bottom, right } = this.first;
    const rows = value as unknown[][];
    if (rows.length !== bottom - top + 1 || rows.some((row) => row.length !== right - left + 1)) throw new WpsError("Value2: the array does not match the range");
    rows.forEach((row, r) => row.forEach((cell, c) => this.sheetModel.setValue(top + r, left + c, cell as never)));
    this.changed();
  }

  /** A value written by code fires SheetChange too, as VBA's Change event does: the add-in must skip its own. */
  private changed(): void {
    this.model.fire("SheetChange", this.sheetModel.name, this.rects.map(rectText).join(","));
  }

  /** A method in WPS, not a property (read only). */
  Value(): unknown {
    this.model.call("Range.Value");
    return this.Value2;
  }

  get NumberFormat(): string | null {
    this.model.call("Range.NumberFormat.get");
    return uniform([...cellsOf([this.first])].map(([r, c]) => this.sheetModel.numberFormat(r, c)));
  }

  set NumberFormat(format: string | null) {
    this.model.call("Range.NumberFormat.set");
    this.refuseIfProtected(true);
    for (const [r, c] of cellsOf(this.rects)) this.sheetModel.setNumberFormat(r, c, format ?? "General");
  }

  /**
   * True when every cell of the range lies in a merged area, false when none does, null when some
   * do — VBA's Variant answer, which the WPS reference words as "True if the range contains merged cells".
   */
  get MergeCells(): boolean | null {
    this.model.call("Range.MergeCells");
    return uniform([...cellsOf([this.first])].map(([r, c]) => this.sheetModel.mergeAt(r, c) !== undefined));
  }

  /** The merged area holding the cell, or the cell itself; the reference says it applies to one cell only. */
  get MergeArea(): EtRange {
    this.model.call("Range.MergeArea");
    const { top, left, bottom, right } = this.first;
    if (this.rects.length > 1 || top !== bottom || left !== right) throw new WpsError("MergeArea applies to one cell only");
    return new FakeRange(this.model, this.sheetModel, [this.sheetModel.mergeAt(top, left) ?? this.first]);
  }

  get Interior(): EtInterior {
    this.model.call("Range.Interior");
    return new FakeInterior(this.model, this.sheetModel, this.rects);
  }

  private singleAddress(): string {
    const { top, left, bottom, right } = this.first;
    if (this.rects.length > 1 || top !== bottom || left !== right) throw new WpsError("a note belongs to one cell");
    return cellAddress(top, left);
  }

  get Comment(): EtComment | null {
    this.model.call("Range.Comment");
    const address = this.singleAddress();
    return this.sheetModel.comments.has(address) ? new FakeComment(this.model, this.sheetModel, address) : null;
  }

  AddComment(text?: string): EtComment {
    this.model.call("Range.AddComment");
    if (this.model.quirks.commentsUnsupported) throw new WpsError("AddComment: 该方法不受支持 (not supported)");
    this.refuseIfProtected(false);
    const address = this.singleAddress();
    if (this.sheetModel.comments.has(address)) throw new WpsError("the cell already has a note");
    this.sheetModel.comments.set(address, text ?? "");
    return new FakeComment(this.model, this.sheetModel, address);
  }

  ClearComments(): void {
    this.model.call("Range.ClearComments");
    for (const [r, c] of cellsOf(this.rects)) this.sheetModel.comments.delete(cellAddress(r, c));
  }

  get Validation(): EtValidation {
    this.model.call("Range.Validation");
    return new FakeValidation(this.model, this.sheetModel, this.rects) as unknown as EtValidation;
  }

  get Areas(): EtAreas {
    this.model.call("Range.Areas");
    const { model, sheetModel, rects } = this;
    return {
      get Count() {
        model.call("Areas.Count");
        return rects.length;
      },
      Item(index: number) {
        model.call("Areas.Item");
        return new FakeRange(model, sheetModel, [rects[index - 1]]);
      },
    };
  }

  Address(): string {
    this.model.call("Range.Address");
    return this.rects.map(rectText).join(",");
  }

  SpecialCells(type: number): EtRange {
    this.model.call("Range.SpecialCells");
    const { top, left, bottom, right } = this.first;
    if (type === XL_CELL_TYPE_ALL_VALIDATION) {
      const cells = [...cellsOf(this.rects)].filter(([r, c]) => this.sheetModel.validation(r, c)).map(([r, c]) => ({ top: r, left: c, bottom: r, right: c }));
      if (cells.length === 0) throw new WpsError("没有找到单元格 (no cells were found)");
      return new FakeRange(this.model, this.sheetModel, cells);
    }
    if (type !== XL_CELL_TYPE_VISIBLE) throw new WpsError("the fake models xlCellTypeVisible and xlCellTypeAllValidation only");
    const runs: Rect[] = [];
    for (let row = top; row <= bottom; row++) {
      if (this.sheetModel.hiddenRows.has(row)) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === row - 1) runs[runs.length - 1] = { ...last, bottom: row };
      else runs.push({ top: row, left, bottom: row, right });
    }
    if (runs.length === 0) throw new WpsError("没有找到单元格 (no cells were found)");
    return new FakeRange(this.model, this.sheetModel, runs);
  }

  Select(): void {
    this.model.call("Range.Select");
    if (this.model.activeSheet !== this.sheetModel.name) throw new WpsError("Select: the range's sheet is not active");
    this.model.selection = `${this.sheetModel.name}!${this.rects.map(rectText).join(",")}`;
  }

  Clear(): void {
    this.model.call("Range.Clear");
    this.refuseIfProtected(false);
    for (const [r, c] of cellsOf(this.rects)) {
      this.sheetModel.setValue(r, c, undefined);
      this.sheetModel.setFill(r, c, undefined);
      this.sheetModel.numberFormats.delete(`${r}:${c}`);
      this.sheetModel.setValidation(r, c, undefined);
      this.sheetModel.comments.delete(cellAddress(r, c));
    }
  }

  get Worksheet(): EtWorksheet {
    this.model.call("Range.Worksheet");
    return new FakeWorksheet(this.model, this.sheetModel);
  }
}

export class FakeWorksheet extends FakeSheetBound implements EtWorksheet {
  get Name(): string {
    this.model.call("Worksheet.Name.get");
    return this.sheetModel.name;
  }

  set Name(name: string) {
    this.model.call("Worksheet.Name.set");
    if (this.model.sheets.some((sheet) => sheet !== this.sheetModel && sheet.name.toLowerCase() === name.toLowerCase())) throw new WpsError(`sheet name taken: ${name}`);
    if (this.model.activeSheet === this.sheetModel.name) this.model.activeSheet = name;
    this.sheetModel.name = name;
  }

  get UsedRange(): EtRange {
    this.model.call("Worksheet.UsedRange");
    return new FakeRange(this.model, this.sheetModel, [this.sheetModel.usedRect()]);
  }

  Range(address: string): EtRange {
    this.model.call("Worksheet.Range");
    if (address.length > MAX_WPS_ADDRESS_CHARS) throw new WpsError(`Range: address over ${MAX_WPS_ADDRESS_CHARS} characters`);
    const rects = address.split(",").map((part) => {
      const rect = parseArea(part);
      if (!rect) throw new WpsError(`Range: bad address ${part}`);
      return rect;
    });
    return new FakeRange(this.model, this.sheetModel, rects);
  }

  Activate(): void {
    this.model.call("Worksheet.Activate");
    this.model.activeSheet = this.sheetModel.name;
  }

  Delete(): void {
    this.model.call("Worksheet.Delete");
    if (this.model.displayAlerts) this.model.deletePrompts++;
    const sheets = this.model.sheets;
    sheets.splice(sheets.indexOf(this.sheetModel), 1);
    if (this.model.activeSheet === this.sheetModel.name) this.model.activeSheet = sheets.find((sheet) => sheet.visible === -1)?.name ?? "";
  }

  get Visible(): number {
    this.model.call("Worksheet.Visible.get");
    return this.sheetModel.visible;
  }

  set Visible(visible: number) {
    this.model.call("Worksheet.Visible.set");
    this.sheetModel.visible = visible;
    // A hidden sheet cannot stay active: WPS shows the next visible one.
    if (visible !== -1 && this.model.activeSheet === this.sheetModel.name) {
      this.model.activeSheet = this.model.sheets.find((sheet) => sheet.visible === -1)?.name ?? "";
    }
  }

  get Comments(): EtComments {
    this.model.call("Worksheet.Comments");
    const { model, sheetModel } = this;
    const addresses = [...sheetModel.comments.keys()];
    return {
      get Count() {
        model.call("Comments.Count");
        return addresses.length;
      },
      Item(index: number) {
        model.call("Comments.Item");
        return new FakeComment(model, sheetModel, addresses[index - 1]);
      },
    };
  }

  get ProtectContents(): boolean {
    this.model.call("Worksheet.ProtectContents");
    return this.sheetModel.protectContents;
  }

  get Protection() {
    this.model.call("Worksheet.Protection");
    const allow = this.sheetModel.allowFormattingCells;
    return { AllowFormattingCells: allow };
  }
}

class FakeSheets implements EtSheets {
  constructor(private readonly model: WpsModel) {}

  get Count(): number {
    this.model.call("Sheets.Count");
    return this.model.sheets.length;
  }

  Item(index: number | string): EtWorksheet {
    this.model.call("Sheets.Item");
    const sheet = typeof index === "number" ? this.model.sheets[index - 1] : this.model.sheet(index);
    if (!sheet) throw new WpsError(`下标越界 (no sheet ${index})`);
    return new FakeWorksheet(this.model, sheet);
  }

  /** After `after` (or before the active sheet); the new sheet becomes the active one, as in VBA. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    this.model.call("Sheets.Add");
    let name = "";
    for (let n = this.model.sheets.length + 1; name === "" || this.model.sheet(name); n++) name = `Sheet${n}`;
    const sheet = this.model.addSheet(name);
    this.model.sheets.pop();
    const anchor = after ?? before;
    const at = anchor ? this.model.sheets.findIndex((candidate) => candidate.name === anchor.Name) + (after ? 1 : 0) : Math.max(0, this.model.sheets.findIndex((candidate) => candidate.name === this.model.activeSheet));
    this.model.sheets.splice(at, 0, sheet);
    this.model.activeSheet = name;
    return new FakeWorksheet(this.model, sheet);
  }
}

class FakeWorkbook implements EtWorkbook {
  constructor(private readonly model: WpsModel) {}

  get Name(): string {
    this.model.call("Workbook.Name");
    return "名单.xlsx";
  }

  get Sheets(): EtSheets {
    this.model.call("Workbook.Sheets");
    return new FakeSheets(this.model);
  }

  get ActiveSheet(): EtWorksheet | null {
    this.model.call("Workbook.ActiveSheet");
    const sheet = this.model.sheet(this.model.activeSheet);
    return sheet ? new FakeWorksheet(this.model, sheet) : null;
  }

  get Names() {
    this.model.call("Workbook.Names");
    const { model } = this;
    const entries = [...model.names];
    return {
      get Count() {
        model.call("Names.Count");
        return entries.length;
      },
      Item(index: number): EtName {
        model.call("Names.Item");
        const [name, refersTo] = entries[index - 1];
        const bang = refersTo.lastIndexOf("!");
        const sheet = model.sheet(refersTo.slice(0, bang));
        return {
          Name: name,
          get RefersToRange(): EtRange {
            if (!sheet) throw new WpsError("the name is not a range");
            return new FakeRange(model, sheet, [parseArea(refersTo.slice(bang + 1))!]);
          },
        };
      },
    };
  }
}

class FakeApiEvent implements EtApiEvent {
  constructor(private readonly model: WpsModel) {}

  AddApiEventListener(event: string, handler: EtEventHandler): void {
    this.model.call("ApiEvent.AddApiEventListener");
    this.model.listeners.set(event, [...(this.model.listeners.get(event) ?? []), handler as never]);
  }

  RemoveApiEventListener(event: string, handler: EtEventHandler): void {
    this.model.call("ApiEvent.RemoveApiEventListener");
    this.model.listeners.set(event, (this.model.listeners.get(event) ?? []).filter((listener) => listener !== (handler as never)));
  }
}

export class FakeApplication implements EtApplication {
  constructor(private readonly model: WpsModel) {
    model.eventTarget = (sheet, address) => {
      const target = model.sheet(sheet)!;
      return [new FakeWorksheet(model, target), new FakeRange(model, target, [parseArea(address)!])];
    };
  }

  get ActiveWorkbook(): EtWorkbook | null {
    this.model.call("Application.ActiveWorkbook");
    return this.model.sheets.length ? new FakeWorkbook(this.model) : null;
  }

  get ActiveSheet(): EtWorksheet | null {
    this.model.call("Application.ActiveSheet");
    const sheet = this.model.sheet(this.model.activeSheet);
    return sheet ? new FakeWorksheet(this.model, sheet) : null;
  }

  get ApiEvent(): EtApiEvent {
    this.model.call("Application.ApiEvent");
    return new FakeApiEvent(this.model);
  }

  get DisplayAlerts(): boolean {
    this.model.call("Application.DisplayAlerts.get");
    return this.model.displayAlerts;
  }

  set DisplayAlerts(shown: boolean) {
    this.model.call("Application.DisplayAlerts.set");
    this.model.displayAlerts = shown;
  }

  get Build(): string {
    this.model.call("Application.Build");
    return this.model.build;
  }

  get Name(): string {
    this.model.call("Application.Name");
    return "WPS 表格";
  }
}
