import { digestNumber } from "../../../core/text-digest";
import { cellAddressParts } from "../cell-reference";
import { xmlText } from "../xml-text";
import { XmlTokenizer, type XmlHandler, type XmlTag } from "../xml-tokenizer";

const utf8 = new TextEncoder();

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
    tokenizer.write(utf8.encode(rowXml));
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

  open(tag: XmlTag): void {
    const name = tag.name;
    if (name === "row") {
      const r = tag.value("r");
      this.row = r ? Number(r) : this.row + 1;
      this.column = 0;
      this.rowText = attributesText(tag, (key) => key !== "r" && key !== "spans");
    } else if (name === "c") {
      const r = tag.value("r");
      this.column = r ? cellAddressParts(r).column : this.column + 1;
      this.flaggedCell = this.flagged.has(this.row * MAX_COLUMNS + this.column);
      const flaggedCell = this.flaggedCell;
      this.cellHead = String(this.column) + attributesText(tag, (key) => key !== "r" && !(key === "s" && flaggedCell));
      this.content = "";
    } else if (CAPTURED.has(name)) {
      this.capturing++;
      this.content += `<${name}${name === "f" ? attributesText(tag, () => true) : ""}>`;
    }
  }

  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.capturing) this.content += xmlText(bytes, start, end, cdata);
  }

  close(name: string): void {
    if (CAPTURED.has(name)) this.capturing = Math.max(0, this.capturing - 1);
    else if (name === "c") {
      // A flagged empty cell may exist in one file and not the other (the copy adds it to fill it).
      if (!(this.flaggedCell && this.content === "" && this.cellHead === String(this.column))) this.rowText += `|${this.cellHead}${this.content}`;
    } else if (name === "row" && this.rowText !== "") this.sink(this.row, digestNumber(this.rowText));
  }
}

/** The tag's attributes that `kept` keeps, as " name=value" each (values decoded). */
function attributesText(tag: XmlTag, kept: (name: string) => boolean): string {
  let text = "";
  for (let k = 0; k < tag.attributeCount; k++) {
    const name = tag.attributeName(k);
    if (kept(name)) text += ` ${name}=${tag.attributeValue(k)}`;
  }
  return text;
}
