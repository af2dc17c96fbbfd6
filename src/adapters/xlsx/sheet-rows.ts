import { cellAddressParts } from "./cell-reference";
import type { CellValue } from "../../core/cell";
import { isoDate, serialToDate } from "../../core/format/excel-date";
import type { XmlHandler } from "./xml-tokenizer";

/** One row of a worksheet part, as the streaming reader hands it on. */
export type RowSink = (rowNumber: number, cells: CellValue[], hidden: boolean) => void;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * Turns a worksheet part's <sheetData> into rows of CellValue with the same meaning as
 * toCellValue gives exceljs's values: cached formula results, errors as { error }, dates as
 * YYYY-MM-DD, inline rich text joined. Rows without cells are not reported (they are blank).
 */
export class SheetRowsHandler implements XmlHandler {
  private rowNumber = 0;
  private hidden = false;
  private cells: CellValue[] = [];
  private column = 0;
  private type = "n";
  private style = 0;
  private raw: string | null = null;
  private inValue = false;
  private inPhonetic = false;

  constructor(
    private readonly context: SheetContext,
    private readonly sink: RowSink,
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    switch (name) {
      case "row":
        this.rowNumber = attributes.r ? Number(attributes.r) : this.rowNumber + 1;
        this.hidden = attributes.hidden === "1" || attributes.hidden === "true";
        this.cells = [];
        this.column = 0;
        break;
      case "c":
        this.column = attributes.r ? cellAddressParts(attributes.r).column : this.column + 1;
        this.type = attributes.t ?? "n";
        this.style = attributes.s ? Number(attributes.s) : 0;
        this.raw = null;
        break;
      case "v":
        this.inValue = true;
        this.raw ??= "";
        break;
      case "t":
        // <is><t> (inline strings) and its rich-text runs; phonetic guides are not cell text.
        this.inValue = !this.inPhonetic;
        if (this.inValue) this.raw ??= "";
        break;
      case "rPh":
        this.inPhonetic = true;
        break;
    }
  }

  text(text: string): void {
    if (this.inValue) this.raw += text;
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
      case "c": {
        const value = this.raw === null ? null : this.value(this.raw);
        if (value !== null && value !== "") this.cells[this.column - 1] = value;
        break;
      }
      case "row":
        if (this.cells.length > 0) this.sink(this.rowNumber, Array.from(this.cells, (v) => v ?? null), this.hidden);
        break;
    }
  }

  private value(raw: string): CellValue {
    switch (this.type) {
      case "s":
        return this.context.sharedStrings[Number(raw)] ?? null;
      case "str":
      case "inlineStr":
        return raw;
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
