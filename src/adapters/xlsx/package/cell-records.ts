import { digestNumber } from "../../../core/text-digest";
import { cellAddressParts } from "../cell-reference";
import { XmlTokenizer, type XmlHandler } from "../xml-tokenizer";

/**
 * Rows of sheet XML as comparable records of its cells (column, type, style, formula,
 * value), hashed; null for a row with nothing in it. Cells in `flagged` are compared without their
 * style index, and a flagged cell with nothing in it counts as absent (the copy adds one to fill
 * it). This is the one place the writer reads sheet XML, with the reader's tokenizer.
 */
export class RowRecords {
  private readonly keys: Set<number>;

  constructor(flagged: ReadonlySet<string>) {
    this.keys = new Set(
      [...flagged].map((cell) => {
        const { row, column } = cellAddressParts(cell);
        return row * MAX_COLUMNS + column;
      }),
    );
  }

  /** The record of one <row> element numbered `rowNumber` (used when it has no r=). */
  record(rowXml: string, rowNumber: number): number | null {
    let digest: number | null = null;
    const handler = new CellRecords(this.keys, (_, value) => (digest = value));
    handler.startAt(rowNumber);
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(rowXml);
    tokenizer.end();
    return digest;
  }
}

const CAPTURED = new Set(["v", "f", "t"]);
/** Columns per row in a cell key (XFD is 16,384). */
const MAX_COLUMNS = 16_384;

/** Each row's cells as one string (column, type, style, formula, value), hashed. */
class CellRecords implements XmlHandler {
  private row = 0;
  private rowText = "";
  private column = 0;
  private cellHead = "";
  private flaggedCell = false;
  private content = "";
  private capturing = 0;

  constructor(
    /** Flagged cells as row × MAX_COLUMNS + column. */
    private readonly flagged: ReadonlySet<number>,
    private readonly sink: (row: number, digest: number) => void,
  ) {}

  startAt(rowNumber: number): void {
    this.row = rowNumber - 1;
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === "row") {
      this.row = attributes.r ? Number(attributes.r) : this.row + 1;
      this.column = 0;
      let text = "";
      for (const key in attributes) if (key !== "r" && key !== "spans") text += ` ${key}=${attributes[key]}`;
      this.rowText = text;
    } else if (name === "c") {
      this.column = attributes.r ? cellAddressParts(attributes.r).column : this.column + 1;
      this.flaggedCell = this.flagged.has(this.row * MAX_COLUMNS + this.column);
      let head = String(this.column);
      for (const key in attributes) if (key !== "r" && !(key === "s" && this.flaggedCell)) head += ` ${key}=${attributes[key]}`;
      this.cellHead = head;
      this.content = "";
    } else if (CAPTURED.has(name)) {
      this.capturing++;
      this.content += `<${name}`;
      if (name === "f") for (const key in attributes) this.content += ` ${key}=${attributes[key]}`;
      this.content += ">";
    }
  }

  text(text: string): void {
    if (this.capturing) this.content += text;
  }

  close(name: string): void {
    if (CAPTURED.has(name)) this.capturing = Math.max(0, this.capturing - 1);
    else if (name === "c") {
      // A flagged empty cell may exist in one file and not the other (the copy adds it to fill it).
      if (!(this.flaggedCell && this.content === "" && this.cellHead === String(this.column))) this.rowText += `|${this.cellHead}${this.content}`;
    } else if (name === "row" && this.rowText !== "") this.sink(this.row, digestNumber(this.rowText));
  }
}
