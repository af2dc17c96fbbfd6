import { cellCount, rectAddress, type Rect } from "./a1";
import { assertReadable, assertWritable, eachCell, excelValue, valueType, type CellTarget } from "./cells";
import { FakeCollection } from "./collection";
import { FakeDataValidation } from "./data-validation";
import { OfficeError } from "./office-error";
import { cellFill, FakeRangeFormat } from "./range-format";
import { FakeClientObject, FakeClientResult, type RequestQueue } from "./request-context";
import type { SheetModel } from "./workbook-model";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

type Grid = (string | number | boolean)[][];

function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  assertReadable(rect);
  const rows: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells: T[] = [];
    for (let column = rect.left; column <= rect.right; column++) cells.push(cell(row, column));
    rows.push(cells);
  }
  return rows;
}

function assertShape(rect: Rect, rows: unknown[][]): void {
  const height = rect.bottom - rect.top + 1;
  const width = rect.right - rect.left + 1;
  if (!Array.isArray(rows) || rows.length !== height || rows.some((r) => !Array.isArray(r) || r.length !== width)) {
    throw new OfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
}

export class FakeRange
  extends FakeClientObject
  implements
    Pick<
      Excel.Range,
      | "values"
      | "formulas"
      | "numberFormat"
      | "valueTypes"
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "rowHidden"
      | "isNullObject"
      | "select"
    >
{
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    queue: RequestQueue,
    path: string,
    private readonly target: () => RangeTarget,
    /** Given for *OrNullObject results: whether the range exists at sync time. */
    exists?: () => boolean,
  ) {
    super(queue, path);
    if (exists) this.trackNull(exists);
    this.format = new FakeRangeFormat(queue, `${path}.format`, () => this.cells());
    this.dataValidation = new FakeDataValidation(queue, `${path}.dataValidation`, () => this.cells());
  }

  get values(): Grid {
    return this.loadedValue("values");
  }
  set values(rows: Grid) {
    this.write("values", rows, (sheet, row, column, value) => {
      const text = typeof value === "string" && sheet.numberFormat(row, column) !== "@";
      if (text && value.startsWith("=")) {
        sheet.setFormula(row, column, value);
        sheet.setValue(row, column, undefined); // the fake does not calculate
      } else {
        sheet.setFormula(row, column, undefined);
        sheet.setValue(row, column, value === "" ? undefined : value);
      }
    }, (sheet, rect) => this.queue.model.addinWrote(sheet.name, rect));
  }

  get formulas(): Grid {
    return this.loadedValue("formulas");
  }
  set formulas(rows: Grid) {
    this.values = rows;
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this.write("numberFormat", rows, (sheet, row, column, format) => sheet.setNumberFormat(row, column, String(format)));
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue("valueTypes");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get rowHidden(): boolean {
    return this.loadedValue("rowHidden");
  }

  select(): void {
    this.enqueueCall("select", null, () => {
      const { sheet, rect } = this.target();
      this.queue.model.selection = { sheet: sheet.name, address: rectAddress(sheet.name, rect) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, ({ top, left }) => ({ top: top + row, left: left + column, bottom: top + row, right: left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (rect) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.queue.enqueue({
      describe: { path: this.path, op: "getCellProperties", args: options },
      run: () => {
        const { sheet, rect } = this.target();
        const fillOptions = typeof options.format === "object" && typeof options.format.fill === "object" ? options.format.fill : {};
        const properties = grid(rect, (row, column) => {
          const cell: Excel.CellProperties = {};
          if (options.address) cell.address = rectAddress(sheet.name, { top: row, left: column, bottom: row, right: column });
          const fill = cellFill(sheet.fill(row, column));
          const picked = Object.fromEntries(
            (["color", "pattern", "patternColor"] as const).filter((k) => fillOptions[k]).map((k) => [k, fill[k]]),
          );
          if (Object.keys(picked).length) cell.format = { fill: picked as Excel.CellPropertiesFill };
          return cell;
        });
        return { response: properties, commit: () => result.resolve(properties) };
      },
    });
    return result;
  }

  /** Only "Visible" is modelled: the rows not hidden, as one area per run of visible rows. */
  getSpecialCellsOrNullObject(cellType: "Visible"): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.queue, `${this.path}.getSpecialCellsOrNullObject(${cellType})`, () => {
      const { sheet, rect } = this.target();
      const rects: Rect[] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        if (sheet.hiddenRows.has(row)) continue;
        const last = rects[rects.length - 1];
        if (last && last.bottom === row - 1) rects[rects.length - 1] = { ...last, bottom: row };
        else rects.push({ top: row, left: rect.left, bottom: row, right: rect.right });
      }
      return rects.length ? { sheet, rects } : null;
    }, true);
    return areas;
  }

  /** The merged areas that overlap this range, whole (Excel returns them unclipped). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.queue, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, rect } = this.target();
      const overlaps = (merge: Rect) => merge.top <= rect.bottom && merge.bottom >= rect.top && merge.left <= rect.right && merge.right >= rect.left;
      const rects = sheet.merges.filter(overlaps);
      return rects.length ? { sheet, rects } : null;
    }, true);
  }

  protected readProperty(name: string): unknown {
    const { sheet, rect } = this.target();
    switch (name) {
      case "values":
        return grid(rect, (row, column) => excelValue(sheet.value(row, column)));
      case "formulas":
        return grid(rect, (row, column) => sheet.formula(row, column) ?? excelValue(sheet.value(row, column)));
      case "numberFormat":
        return grid(rect, (row, column) => sheet.numberFormat(row, column));
      case "valueTypes":
        return grid(rect, (row, column) => valueType(sheet.value(row, column)));
      case "address":
        return rectAddress(sheet.name, rect);
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellCount(rect);
      case "rowHidden": {
        let hidden = 0;
        for (let row = rect.top; row <= rect.bottom; row++) if (sheet.hiddenRows.has(row)) hidden++;
        return hidden === 0 ? false : hidden === rect.bottom - rect.top + 1 ? true : null;
      }
      default:
        throw new Error(`in-memory Excel: Range.${name} is not modelled`);
    }
  }

  protected override child(name: string): FakeClientObject {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return super.child(name);
  }

  private cells(): CellTarget {
    const { sheet, rect } = this.target();
    return { sheet, rects: [rect] };
  }

  private derived(operation: string, rectOf: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.queue, `${this.path}.${operation}`, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: rectOf(rect) };
    });
  }

  private write<T>(
    property: string,
    rows: T[][],
    apply: (sheet: SheetModel, row: number, column: number, value: T) => void,
    written?: (sheet: SheetModel, rect: Rect) => void,
  ): void {
    this.enqueueCall(property, rows, () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      assertShape(rect, rows);
      for (const [row, column] of eachCell([rect])) apply(sheet, row, column, rows[row - rect.top][column - rect.left]);
      written?.(sheet, rect);
    });
  }
}

/** The areas of a RangeAreas, each a FakeRange. */
export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly target: () => CellTarget,
  ) {
    super(queue, path);
  }

  protected resolveItems(): FakeRange[] {
    const { sheet, rects } = this.target();
    return rects.map((rect, i) => new FakeRange(this.queue, `${this.path}[${i}]`, () => ({ sheet, rect })));
  }
}

export class FakeRangeAreas
  extends FakeClientObject
  implements Pick<Excel.RangeAreas, "address" | "areaCount" | "cellCount" | "isNullObject">
{
  readonly format: FakeRangeFormat;
  readonly areas: FakeRangeCollection;

  /** `resolve` returns null when the areas do not exist (an *OrNullObject result). */
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly resolve: () => CellTarget | null,
    nullable: boolean,
  ) {
    super(queue, path);
    if (nullable) this.trackNull(() => this.resolve() !== null);
    this.format = new FakeRangeFormat(queue, `${path}.format`, () => this.target());
    this.areas = new FakeRangeCollection(queue, `${path}.areas`, () => this.target());
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  protected override child(name: string): FakeClientObject {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    return super.child(name);
  }

  protected readProperty(name: string): unknown {
    const { sheet, rects } = this.target();
    switch (name) {
      case "address":
        return rects.map((rect) => rectAddress(sheet.name, rect)).join(",");
      case "areaCount":
        return rects.length;
      case "cellCount":
        return rects.reduce((sum, rect) => sum + cellCount(rect), 0);
      default:
        throw new Error(`in-memory Excel: RangeAreas.${name} is not modelled`);
    }
  }

  private target(): CellTarget {
    const target = this.resolve();
    if (!target) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }
}
