import type { Severity } from "../../../core/check/types";
import { cellAddress as address } from "../../../core/address";
import { cellAddressParts } from "../cell-reference";
import { attributeOf, withAttribute } from "./xml-text";

/** The flagged cells of one row: column → severity. */
export type RowMarks = Map<number, Severity>;
/** The fill style for a cell whose style was `original` (the `s` index; 0 when absent). */
export type StyleFor = (original: number, severity: Severity) => number;

/** Elements a worksheet may hold after <legacyDrawing> (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = /<(?:[\w.-]+:)?(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst|AlternateContent)\b|<\/(?:[\w.-]+:)?worksheet>/;

/**
 * Streams a worksheet part's XML through, changing only flagged cells: their `s` points at the
 * fill style; a flagged cell with no <c> (an empty required cell) gets an empty one in column
 * order. Everything else goes out as it came, character for character. Only the tail after
 * </sheetData> is held, to put the notes' <legacyDrawing> in its place.
 */
export class FlaggedCellsRewriter {
  private pending = "";
  private mode: "head" | "rows" | "tail" = "head";
  private prefix = "";
  private rowNumber = 0;
  private column = 0;
  private rowMarks: RowMarks | undefined;
  /** After an inserted row, rows without `r` get one, so later row numbers still count right. */
  private rowInserted = false;
  /** The same for cells, within the row where a cell was inserted. */
  private cellInserted = false;
  private readonly rowsLeft: number[];

  constructor(
    private readonly marks: ReadonlyMap<number, RowMarks>,
    private readonly styleFor: StyleFor,
    /** The <legacyDrawing …/> element to add, or null when the sheet has notes already. */
    private readonly legacyDrawing: string | null,
  ) {
    this.rowsLeft = [...marks.keys()].sort((a, b) => b - a);
  }

  write(chunk: string): string {
    const xml = this.pending + chunk;
    if (this.mode === "tail") {
      this.pending = xml;
      return "";
    }
    const out: string[] = [];
    let at = 0;
    let sheetDataEnd: number | undefined; // searched once per chunk: it is usually not in it
    const nextRowOrEnd = () => {
      sheetDataEnd ??= xml.indexOf(`</${this.prefix}sheetData`);
      const row = xml.indexOf(`<${this.prefix}row`, at);
      const end = sheetDataEnd >= at ? sheetDataEnd : -1;
      return row < 0 ? end : end < 0 ? row : Math.min(row, end);
    };
    for (;;) {
      const lt = this.skipping() ? nextRowOrEnd() : xml.indexOf("<", at);
      if (lt < 0) {
        if (this.skipping()) {
          // Nothing to change before the next <row>: pass all but a tag that may continue in the next chunk.
          const last = Math.max(at, xml.lastIndexOf("<"));
          out.push(xml.slice(at, last));
          at = last;
        }
        break;
      }
      if (lt > at) out.push(xml.slice(at, lt));
      const end = markupEnd(xml, lt);
      if (end < 0) {
        at = lt;
        break;
      }
      at = end;
      out.push(this.markup(xml.slice(lt, end)));
      if (this.inTail()) break;
    }
    if (!this.inTail() && at < xml.length && xml.indexOf("<", at) < 0) {
      out.push(xml.slice(at));
      at = xml.length;
    }
    this.pending = xml.slice(at);
    return out.join("");
  }

  /** In <sheetData>, with no cell of this row to change: only the next <row> or </sheetData> matters. */
  private skipping(): boolean {
    return this.mode === "rows" && !this.rowMarks?.size && !this.cellInserted;
  }

  private inTail(): boolean {
    return this.mode === "tail";
  }

  end(): string {
    const tail = this.pending;
    this.pending = "";
    if (this.mode === "rows") throw new Error("worksheet part ends inside <sheetData>");
    if (!this.legacyDrawing) return tail;
    const place = AFTER_LEGACY_DRAWING.exec(tail);
    const at = place ? place.index : tail.length;
    return tail.slice(0, at) + this.legacyDrawing + tail.slice(at);
  }

  private markup(tag: string): string {
    if (tag.charCodeAt(1) === 0x21 || tag.charCodeAt(1) === 0x3f) return tag; // <! and <?
    const closing = tag.charCodeAt(1) === 0x2f;
    const name = localName(tag, closing ? 2 : 1);
    if (this.mode === "head") {
      if (name !== "sheetData" || closing) return tag;
      this.prefix = prefixOf(tag);
      if (!tag.endsWith("/>")) {
        this.mode = "rows";
        return tag;
      }
      this.mode = "tail";
      return this.rowsLeft.length ? `${tag.slice(0, -2)}>${this.rowsBefore(Infinity)}</${this.prefix}sheetData>` : tag;
    }
    if (closing) {
      if (name === "row") return this.cellsBefore(Infinity) + tag;
      if (name === "sheetData") {
        this.mode = "tail";
        return this.rowsBefore(Infinity) + tag;
      }
      return tag;
    }
    if (name === "row") return this.row(tag);
    if (name === "c") return this.cell(tag);
    return tag;
  }

  private row(tag: string): string {
    const r = attributeOf(tag, "r");
    const number = r ? Number(r) : this.rowNumber + 1;
    const before = this.rowsBefore(number);
    const ownTag = r === null && this.rowInserted ? withAttribute(tag, "r", String(number)) : tag;
    this.rowNumber = number;
    this.column = 0;
    this.cellInserted = false;
    this.rowMarks = this.marks.get(number);
    if (this.rowMarks) this.rowsLeft.pop();
    if (!ownTag.endsWith("/>") || !this.rowMarks) return before + ownTag;
    return `${before}${ownTag.slice(0, -2)}>${this.cellsBefore(Infinity)}</${this.prefix}row>`;
  }

  private cell(tag: string): string {
    if (!this.rowMarks?.size && !this.cellInserted) return tag;
    const r = attributeOf(tag, "r");
    const column = r ? cellAddressParts(r).column : this.column + 1;
    const before = this.cellsBefore(column);
    this.column = column;
    let own = r === null && this.cellInserted ? withAttribute(tag, "r", address(this.rowNumber, column)) : tag;
    const severity = this.rowMarks?.get(column);
    if (severity) {
      this.rowMarks!.delete(column);
      own = withAttribute(own, "s", String(this.styleFor(Number(attributeOf(own, "s") ?? 0), severity)));
    }
    return before + own;
  }

  /** Empty styled cells for this row's flagged columns left of `column` that the part had no <c> for. */
  private cellsBefore(column: number): string {
    if (!this.rowMarks?.size) return "";
    let out = "";
    for (const [markColumn, severity] of [...this.rowMarks].sort((a, b) => a[0] - b[0])) {
      if (markColumn >= column) break;
      out += `<${this.prefix}c r="${address(this.rowNumber, markColumn)}" s="${this.styleFor(0, severity)}"/>`;
      this.rowMarks.delete(markColumn);
      this.cellInserted = true;
    }
    return out;
  }

  /** Whole rows for flagged rows before `row` that the part had no <row> for. */
  private rowsBefore(row: number): string {
    let out = "";
    while (this.rowsLeft.length && this.rowsLeft[this.rowsLeft.length - 1] < row) {
      const number = this.rowsLeft.pop()!;
      const saved = [this.rowNumber, this.rowMarks] as const;
      this.rowNumber = number;
      this.rowMarks = this.marks.get(number);
      out += `<${this.prefix}row r="${number}">${this.cellsBefore(Infinity)}</${this.prefix}row>`;
      [this.rowNumber, this.rowMarks] = saved;
      this.rowInserted = true;
    }
    return out;
  }
}

/** The index just past a tag, comment, CDATA section or processing instruction at `lt`; -1 when it is incomplete. */
function markupEnd(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return endAfter(xml, "-->", lt);
  if (xml.startsWith("<![CDATA[", lt)) return endAfter(xml, "]]>", lt);
  if (xml.startsWith("<?", lt)) return endAfter(xml, "?>", lt);
  if (lt + 9 > xml.length && "<![CDATA[".startsWith(xml.slice(lt))) return -1;
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return i + 1;
  }
  return -1;
}

function endAfter(xml: string, close: string, lt: number): number {
  const at = xml.indexOf(close, lt);
  return at < 0 ? -1 : at + close.length;
}

function localName(tag: string, from: number): string {
  let start = from;
  let end = from;
  for (; end < tag.length; end++) {
    const code = tag.charCodeAt(end);
    if (code === 0x3a) start = end + 1;
    else if (code <= 0x20 || code === 0x2f || code === 0x3e) break;
  }
  return tag.slice(start, end);
}

function prefixOf(tag: string): string {
  const name = /^<([\w.-]+:)?/.exec(tag);
  return name?.[1] ?? "";
}
