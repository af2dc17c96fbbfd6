import { cellAddress } from "../../../core/address";
import type { ProductMarker } from "../../../core/consolidate/product-output";
import type { Severity } from "../../../core/check/types";
import { FillStyles } from "./fill-styles";
import { newCommentsXml, newVmlXml, type Note } from "./notes-parts";
import { CONTENT_TYPES, RELATIONSHIP_TYPES } from "./package-parts";
import { markerEdits } from "./product-marker";
import { NOTES_DRAWING_REL, rowXml, worksheetHead, worksheetTail, worksheetXml, type NewSheet, type NewSheetHead, type TableCell } from "./worksheet-xml";
import { escapeXml, MAIN_NS, REL_NS, XML_DECLARATION } from "./xml-text";
import { PartDeflating, ZipWriter, type ByteSink, type DeflaterFactory } from "./zip-writer";

/** Style 1 of a new workbook: style 0 in bold, for header rows. */
export const NEW_WORKBOOK_BOLD = 1;

/** The styles of a workbook of our own: style 0 plain, style 1 bold. */
export const NEW_WORKBOOK_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Rows of a sheet handed over as they are made; `styles` and `notes` by column index from 0. */
export interface RowSink {
  row(cells: readonly TableCell[], styles?: ReadonlyMap<number, number>, notes?: ReadonlyMap<number, string>): void;
}

const ROWS_PER_PIECE = 500;

/**
 * A workbook of the product's own, written part by part to a sink (the 公示版, a .csv roster's
 * copy, the 汇总 workbook): sheets given whole, or filled row by row over time, with flagged cells
 * filled and noted. Only one sheet's compressed bytes are held at a time, never a model of the
 * workbook (exceljs held 300,000 rows of 汇总名册 in 4.6 GB). The package's directory parts are
 * written last, once every sheet and note is known.
 */
export class NewWorkbookWriter {
  private readonly zip: ZipWriter;
  private readonly sheets: { readonly name: string; readonly notes: boolean }[] = [];
  private readonly styles = new FillStyles(NEW_WORKBOOK_STYLES);

  constructor(
    sink: ByteSink,
    private readonly deflater?: DeflaterFactory,
  ) {
    this.zip = new ZipWriter(sink);
  }

  /** The style of a cell filled for `severity` (the 校验副本's light red or amber). */
  fillStyle(severity: Severity): number {
    return this.styles.styleFor(0, severity);
  }

  add(sheet: NewSheet): void {
    this.zip.add(this.sheetPath(this.sheets.length), worksheetXml(sheet), this.deflater);
    this.sheets.push({ name: sheet.name, notes: false });
  }

  /** A sheet whose rows `fill` hands over as it reads them (asynchronously, one submission after another). */
  async addFilled(head: NewSheetHead, fill: (rows: RowSink) => Promise<void>): Promise<void> {
    const index = this.sheets.length;
    const part = new PartDeflating(this.sheetPath(index), this.deflater);
    const notes: Note[] = [];
    part.push(worksheetHead(head));
    let rowNumber = 0;
    let piece = "";
    await fill({
      row: (cells, styles, rowNotes) => {
        piece += rowXml(head, ++rowNumber, cells, styles);
        for (const [column, text] of rowNotes ?? []) notes.push({ cell: cellAddress(rowNumber, column + 1), text });
        if (rowNumber % ROWS_PER_PIECE === 0) {
          part.push(piece);
          piece = "";
        }
      },
    });
    part.push(piece + worksheetTail(notes.length > 0));
    this.zip.put(part.finish());
    this.sheets.push({ name: head.name, notes: notes.length > 0 });
    if (notes.length === 0) return;
    const n = index + 1;
    this.zip.add(`xl/comments${n}.xml`, newCommentsXml(notes), this.deflater);
    this.zip.add(`xl/drawings/vmlDrawing${n}.vml`, newVmlXml(notes, n), this.deflater);
    this.zip.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, [
      relationships([
        { id: NOTES_DRAWING_REL, type: RELATIONSHIP_TYPES.vmlDrawing, target: `../drawings/vmlDrawing${n}.vml` },
        { id: "rId2", type: RELATIONSHIP_TYPES.comments, target: `../comments${n}.xml` },
      ]),
    ]);
  }

  /**
   * The workbook, its styles and content types, then the zip's directory; with `marker`, the
   * custom properties saying what the workbook is (product-marker.ts).
   */
  finish(marker?: ProductMarker): void {
    const { zip, sheets } = this;
    const rootRels = relationships([{ id: "rId1", type: RELATIONSHIP_TYPES.officeDocument, target: "xl/workbook.xml" }]);
    const marked = marker === undefined ? null : markerEdits((path) => (path === "_rels/.rels" ? rootRels : null), marker);
    if (marked !== null) zip.add(marked.path, [marked.xml]);
    zip.add("xl/styles.xml", [this.styles.xml()], this.deflater);
    zip.add("xl/workbook.xml", [
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join("") +
        "</sheets></workbook>",
    ]);
    zip.add("xl/_rels/workbook.xml.rels", [
      relationships([
        { id: "rId1", type: RELATIONSHIP_TYPES.styles, target: "styles.xml" },
        ...sheets.map((_, i) => ({ id: `rId${i + 2}`, type: RELATIONSHIP_TYPES.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
      ]),
    ]);
    zip.add("_rels/.rels", [marked?.rootRels ?? rootRels]);
    zip.add("[Content_Types].xml", [
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
        (sheets.some((sheet) => sheet.notes) ? `<Default Extension="vml" ContentType="${CONTENT_TYPES.vmlDrawing}"/>` : "") +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/>` +
        sheets
          .map(
            (sheet, i) =>
              `<Override PartName="/${this.sheetPath(i)}" ContentType="${CONTENT_TYPES.worksheet}"/>` +
              (sheet.notes ? `<Override PartName="/xl/comments${i + 1}.xml" ContentType="${CONTENT_TYPES.comments}"/>` : ""),
          )
          .join("") +
        (marked?.override ? `<Override PartName="/${marked.override.path}" ContentType="${marked.override.type}"/>` : "") +
        "</Types>",
    ]);
    zip.finish();
  }

  private sheetPath(index: number): string {
    return `xl/worksheets/sheet${index + 1}.xml`;
  }
}

/** A workbook of the product's own whose sheets are known whole (the 公示版, a .csv roster's copy), marked when it is an output. */
export function writeNewWorkbook(sheets: readonly NewSheet[], sink: ByteSink, marker?: ProductMarker): void {
  const workbook = new NewWorkbookWriter(sink);
  for (const sheet of sheets) workbook.add(sheet);
  workbook.finish(marker);
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** The chunks a sink received, as one array (the page's downloads, tests). */
export function collectBytes(write: (sink: ByteSink) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  write((chunk) => chunks.push(chunk));
  return joinChunks(chunks);
}

/** The same for a workbook written over time (the 汇总 workbook, its rows read asynchronously). */
export async function collectBytesAsync(write: (sink: ByteSink) => Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await write((chunk) => chunks.push(chunk));
  return joinChunks(chunks);
}

function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
