import { cellAddress } from "../../../core/address";
import { escapeXml, MAIN_NS, XML_DECLARATION } from "./xml-text";

export type TableCell = string | number | null;

/** A sheet this product writes: 校验结果, 分地区汇总, the 公示名单, a .csv roster's copy. */
export interface NewSheet {
  readonly name: string;
  readonly rows: Iterable<readonly TableCell[]>;
  /** Column widths in characters, first column first. */
  readonly widths?: readonly number[];
  /** The style index of row 1 (bold), which is then frozen at the top. */
  readonly headerStyle?: number;
}

const ROWS_PER_PIECE = 500;

/** The worksheet part, in pieces of a few hundred rows; text goes in as inline strings so the shared strings part stays the clerk's. */
export function* worksheetXml(sheet: NewSheet): Generator<string> {
  const frozen = sheet.headerStyle !== undefined;
  let head = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}">`;
  if (frozen) head += '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  if (sheet.widths?.length) {
    head += `<cols>${sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`;
  }
  yield `${head}<sheetData>`;
  let piece = "";
  let rowNumber = 0;
  for (const row of sheet.rows) {
    rowNumber++;
    const style = rowNumber === 1 && frozen ? ` s="${sheet.headerStyle}"` : "";
    piece += `<row r="${rowNumber}">${row.map((value, i) => cellXml(cellAddress(rowNumber, i + 1), value, style)).join("")}</row>`;
    if (rowNumber % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function cellXml(ref: string, value: TableCell, style: string): string {
  if (value === null || value === "") return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}
