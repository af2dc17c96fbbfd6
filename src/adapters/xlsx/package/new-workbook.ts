import type { ProductMarker } from "../../../core/consolidate/product-output";
import { CONTENT_TYPES, RELATIONSHIP_TYPES } from "./package-parts";
import { markerEdits } from "./product-marker";
import { worksheetXml, type NewSheet } from "./worksheet-xml";
import { escapeXml, MAIN_NS, REL_NS, XML_DECLARATION } from "./xml-text";
import { ZipWriter, type ByteSink } from "./zip-writer";

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

/**
 * A workbook of the product's own (the 公示版, a .csv roster's copy), written without exceljs;
 * with `marker`, the custom properties saying what it is (product-marker.ts).
 */
export function writeNewWorkbook(sheets: readonly NewSheet[], sink: ByteSink, marker?: ProductMarker): void {
  const zip = new ZipWriter(sink);
  const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const rootRels = relationships([{ id: "rId1", type: RELATIONSHIP_TYPES.officeDocument, target: "xl/workbook.xml" }]);
  const marked = marker === undefined ? null : markerEdits((path) => (path === "_rels/.rels" ? rootRels : null), marker);
  zip.add("[Content_Types].xml", [
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/>` +
      sheets.map((_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${CONTENT_TYPES.worksheet}"/>`).join("") +
      (marked?.override ? `<Override PartName="/${marked.override.path}" ContentType="${marked.override.type}"/>` : "") +
      "</Types>",
  ]);
  zip.add("_rels/.rels", [marked?.rootRels ?? rootRels]);
  if (marked !== null) zip.add(marked.path, [marked.xml]);
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
  zip.add("xl/styles.xml", [NEW_WORKBOOK_STYLES]);
  sheets.forEach((sheet, i) => zip.add(sheetPath(i), worksheetXml(sheet)));
  zip.finish();
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
  let length = 0;
  write((chunk) => {
    chunks.push(chunk);
    length += chunk.length;
  });
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
