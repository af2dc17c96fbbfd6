import { UNCALCULATED_FORMULA, type CellValue } from "../../core/cell";
import { parseMergedRange, type MergedRange } from "../../core/check/merged-ranges";
import { isoDate, serialToDate } from "../../core/format/excel-date";
import { CellReference, MAX_COLUMN, MAX_ROW, readDecimal, readRowNumber } from "./cell-reference";
import { DamagedPart } from "./damaged-part";
import { unescapeXstring, xmlText } from "./xml-text";
import type { XmlHandler, XmlTag } from "./xml-tokenizer";

/**
 * One row of a worksheet part, as the reader hands it on. `cells` is reused for the next row:
 * copy it to keep it. cells[0] is column A; columns without a value are null.
 */
export type RowSink = (rowNumber: number, cells: readonly CellValue[], hidden: boolean) => void;

const SLASH = 0x2f;
const MINUS = 0x2d;
const POINT = 0x2e;
/** Digits that stay exact in a double, so digits ÷ 10^k rounds as Number() would. */
const EXACT_DIGITS = 15;

/** "1500", "-3", "1500.25" read from the bytes; NaN for anything else (exponents, long digits), left to Number(). */
function plainNumber(b: Uint8Array, start: number, end: number): number {
  let at = start;
  const negative = b[at] === MINUS;
  if (negative) at++;
  if (at === end || end - at > EXACT_DIGITS + 1) return NaN;
  let count = 0;
  let digits = 0;
  let scale = 1;
  let point = false;
  for (; at < end; at++) {
    const c = b[at];
    if (c === POINT && !point) {
      point = true;
      continue;
    }
    const digit = c - 48;
    if (digit < 0 || digit > 9 || ++count > EXACT_DIGITS) return NaN;
    digits = digits * 10 + digit;
    if (point) scale *= 10;
  }
  if (point && scale === 1) return NaN;
  const value = digits / scale;
  return negative ? -value : value;
}

const ONE_LETTER_TYPES = ["s", "n", "b", "e", "d"];

/** A cell's `t` without making a string for each cell: the types Excel writes, else the text. */
function cellType(b: Uint8Array, start: number, end: number): string {
  if (end - start === 1) {
    const known = ONE_LETTER_TYPES.find((type) => type.charCodeAt(0) === b[start]);
    if (known !== undefined) return known;
  }
  return xmlText(b, start, end);
}

/** Excel allows 64,000 cell formats; a larger index is no date format. */
const MAX_STYLE = 65_535;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * Turns a worksheet part's <sheetData> into rows of CellValue with the same meaning as
 * toCellValue gives exceljs's values: cached formula results, errors as { error }, dates as
 * YYYY-MM-DD, inline rich text joined without its phonetic guides (<rPh>). Rows without cells
 * are not reported (they are blank).
 *
 * What Excel accepts is read as Excel reads it: a row without `r` follows the row before, a cell
 * without `r` the cell before. What Excel would have to repair is refused as damaged rather than
 * guessed at: rows out of order or repeated, cells out of order or repeated within a row, a cell
 * whose reference names another row, anything beyond column XFD or row 1,048,576.
 */
export class SheetRowsHandler implements XmlHandler {
  private lastRow = 0;
  private rowNumber = 0;
  /** False while a row without `r` has not met a cell with one: that cell may still name the row. */
  private rowKnown = false;
  private hidden = false;
  private readonly cells: CellValue[] = [];
  private column = 0;
  private inRow = false;
  private inCell = false;
  private type = "n";
  private style = 0;
  private raw = "";
  /** The value when it came as one run of plain decimal digits (most cells): no string made. */
  private number = NaN;
  private hasValue = false;
  private hasFormula = false;
  private inValue = false;
  private inPhonetic = false;
  private readonly reference = new CellReference();
  /** The sheet's merged areas, listed after its rows. */
  readonly merges: MergedRange[] = [];

  constructor(
    private readonly context: SheetContext,
    private readonly sink: RowSink,
  ) {}

  open(tag: XmlTag): void {
    switch (tag.name) {
      case "row":
        this.openRow(tag);
        break;
      case "c":
        if (this.inRow) this.openCell(tag);
        break;
      case "v":
        this.startValue();
        break;
      case "t":
        // <is><t> (inline strings) and its rich-text runs; phonetic guides are not cell text.
        if (!this.inPhonetic) this.startValue();
        break;
      case "rPh":
        this.inPhonetic = true;
        break;
      case "f":
        if (this.inCell) this.hasFormula = true;
        break;
      case "mergeCell": {
        const range = parseMergedRange(tag.value("ref") ?? "");
        if (range !== null) this.merges.push(range);
        break;
      }
    }
  }

  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (!this.inValue) return;
    // The only run of a number or a shared-string index: the closing tag follows at once.
    const whole = !cdata && this.raw === "" && Number.isNaN(this.number) && bytes[end + 1] === SLASH;
    if (whole && (this.type === "n" || this.type === "s")) {
      this.number = plainNumber(bytes, start, end);
      if (!Number.isNaN(this.number)) return;
    }
    this.raw += xmlText(bytes, start, end, cdata);
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.inValue = false;
        break;
      case "rPh":
        this.inPhonetic = false;
        break;
      case "c":
        if (this.inCell) this.closeCell();
        break;
      case "row":
        this.inRow = false;
        this.lastRow = this.rowNumber;
        if (this.cells.length > 0) this.sink(this.rowNumber, this.cells, this.hidden);
        break;
    }
  }

  private openRow(tag: XmlTag): void {
    const r = tag.attribute("r");
    if (r >= 0) {
      const n = readRowNumber(tag.bytes, tag.valueStart(r), tag.valueEnd(r));
      if (n === 0) throw new DamagedPart(`行号“${tag.value("r")}”不是 1 到 ${MAX_ROW} 之间的数`, `row number "${tag.value("r")}" is not between 1 and ${MAX_ROW}`);
      this.enterRow(n);
      this.rowKnown = true;
    } else {
      if (this.lastRow >= MAX_ROW) throw new DamagedPart(`超过 ${MAX_ROW} 行`, `it has more than ${MAX_ROW} rows`);
      this.rowNumber = this.lastRow + 1;
      this.rowKnown = false;
    }
    const hidden = tag.value("hidden");
    this.hidden = hidden === "1" || hidden === "true";
    this.cells.length = 0;
    this.column = 0;
    this.inRow = true;
  }

  private enterRow(n: number): void {
    if (n <= this.lastRow) {
      throw new DamagedPart(
        `第 ${n} 行出现在第 ${this.lastRow} 行之后（行号重复或顺序颠倒）`,
        `row ${n} comes after row ${this.lastRow} (a repeated or out-of-order row number)`,
      );
    }
    this.rowNumber = n;
  }

  private openCell(tag: XmlTag): void {
    const r = tag.attribute("r");
    let column = this.column + 1;
    if (r >= 0) {
      if (!this.reference.read(tag.bytes, tag.valueStart(r), tag.valueEnd(r))) {
        throw new DamagedPart(`单元格地址“${tag.value("r")}”超出 Excel 的范围（最多到 XFD 列、第 ${MAX_ROW} 行）`, `cell reference "${tag.value("r")}" is outside Excel's grid (column XFD, row ${MAX_ROW} at most)`);
      }
      column = this.reference.column;
      this.placeRow(this.reference.row, column);
    }
    if (column > MAX_COLUMN) throw new DamagedPart(`第 ${this.rowNumber} 行超过 XFD 列`, `row ${this.rowNumber} goes beyond column XFD`);
    if (column <= this.column) {
      throw new DamagedPart(`第 ${this.rowNumber} 行的单元格重复或顺序颠倒`, `row ${this.rowNumber} has a repeated or out-of-order cell`);
    }
    this.column = column;
    this.inCell = true;
    const t = tag.attribute("t");
    this.type = t < 0 ? "n" : cellType(tag.bytes, tag.valueStart(t), tag.valueEnd(t));
    const s = tag.attribute("s");
    this.style = s < 0 ? 0 : readDecimal(tag.bytes, tag.valueStart(s), tag.valueEnd(s), MAX_STYLE);
    this.raw = "";
    this.number = NaN;
    this.hasValue = false;
    this.hasFormula = false;
  }

  /** A cell's reference must name its row; for a row written without `r`, the first one may name it. */
  private placeRow(row: number, column: number): void {
    if (row === this.rowNumber) return;
    if (!this.rowKnown && this.column === 0) {
      this.enterRow(row);
      this.rowKnown = true;
      return;
    }
    throw new DamagedPart(`第 ${this.rowNumber} 行里有第 ${row} 行的单元格（第 ${column} 列）`, `row ${this.rowNumber} holds a cell of row ${row} (column ${column})`);
  }

  private startValue(): void {
    if (!this.inCell) return;
    this.inValue = true;
    this.hasValue = true;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inValue = false;
    if (!this.hasValue && !this.hasFormula) return;
    const value = !this.hasValue ? { error: UNCALCULATED_FORMULA } : Number.isNaN(this.number) ? this.value(this.raw) : this.numberValue(this.number);
    if (value === null || value === "") return;
    const cells = this.cells;
    while (cells.length < this.column - 1) cells.push(null);
    cells.push(value);
  }

  private numberValue(number: number): CellValue {
    if (this.type === "s") return this.context.sharedStrings[number] ?? null;
    return this.context.dateStyles[this.style] ? isoDate(serialToDate(number, this.context.date1904)) : number;
  }

  private value(raw: string): CellValue {
    switch (this.type) {
      case "s":
        return this.context.sharedStrings[Number(raw)] ?? null;
      case "str":
        return raw;
      case "inlineStr":
        return unescapeXstring(raw);
      case "b":
        return raw === "1" || raw === "true";
      case "e":
        return { error: raw };
      case "d":
        return raw.slice(0, 10);
      default: {
        const number = Number(raw);
        if (raw.trim() === "" || Number.isNaN(number)) return raw;
        return this.context.dateStyles[this.style] ? isoDate(serialToDate(number, this.context.date1904)) : number;
      }
    }
  }
}
