import { cellAddress } from "../../../core/address";
import { escapeXml, MAIN_NS, REL_NS, XML_DECLARATION } from "./xml-text";

export type TableCell = string | number | null;

/** The look of a new sheet: its name, column widths and a bold, frozen first row. */
export interface NewSheetHead {
  readonly name: string;
  /** Column widths in characters, first column first. */
  readonly widths?: readonly number[];
  /** The style index of row 1 (bold), which is then frozen at the top. */
  readonly headerStyle?: number;
}

/** A sheet this product writes: 校验结果, 分地区汇总, the 公示名单, a .csv roster's copy. */
export interface NewSheet extends NewSheetHead {
  readonly rows: Iterable<readonly TableCell[]>;
  /** Merged areas (A1:A2), e.g. the 统计表's two header rows. */
  readonly merges?: readonly string[];
}

/** The relationship id a sheet with notes gives its legacy drawing (the only relationship such a sheet has besides its comments). */
export const NOTES_DRAWING_REL = "rId1";

const ROWS_PER_PIECE = 500;

/** The worksheet part, in pieces of a few hundred rows; text goes in as inline strings so the shared strings part stays the clerk's. */
export function* worksheetXml(sheet: NewSheet): Generator<string> {
  yield worksheetHead(sheet);
  let piece = "";
  let rowNumber = 0;
  for (const row of sheet.rows) {
    piece += rowXml(sheet, ++rowNumber, row);
    if (rowNumber % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield piece + worksheetTail(false, sheet.merges);
}

export function worksheetHead(sheet: NewSheetHead): string {
  let head = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  if (sheet.headerStyle !== undefined) head += '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  if (sheet.widths?.length) {
    head += `<cols>${sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`;
  }
  return `${head}<sheetData>`;
}

/** One row; `styles` gives some cells a style of their own (a flagged cell's fill), by column index from 0. */
export function rowXml(sheet: NewSheetHead, rowNumber: number, cells: readonly TableCell[], styles?: ReadonlyMap<number, number>): string {
  const rowStyle = rowNumber === 1 && sheet.headerStyle !== undefined ? sheet.headerStyle : undefined;
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++) {
    const style = styles?.get(i) ?? rowStyle;
    xml += cellXml(cellAddress(rowNumber, i + 1), cells[i], style === undefined ? "" : ` s="${style}"`);
  }
  return `${xml}</row>`;
}

/** The end of the part; a sheet with notes points at its legacy drawing, which Excel needs to show them. */
export function worksheetTail(withNotes: boolean, merges: readonly string[] = []): string {
  const drawing = withNotes ? `<legacyDrawing r:id="${NOTES_DRAWING_REL}"/>` : "";
  const merged = merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
  return `</sheetData>${merged}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}</worksheet>`;
}

function cellXml(ref: string, value: TableCell, style: string): string {
  if (value === null || value === "") return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}
