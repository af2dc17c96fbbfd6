import type { Severity } from "../../../../src/core/check/types";
import { FlaggedCellsRewriter, type RowMarks } from "../../../../src/adapters/xlsx/package/flagged-cells-rewriter";

const styleFor = (original: number, severity: Severity) => (severity === "error" ? 100 : 200) + original;

function marks(entries: Record<number, Record<number, Severity>>): Map<number, RowMarks> {
  return new Map(Object.entries(entries).map(([row, cells]) => [Number(row), new Map(Object.entries(cells).map(([col, s]) => [Number(col), s]))]));
}

/** The part rewritten when fed in pieces of `size` characters (1 splits every tag and attribute). */
function rewrite(xml: string, flagged: Map<number, RowMarks>, size = xml.length, legacyDrawing: string | null = null): string {
  const rewriter = new FlaggedCellsRewriter(flagged, styleFor, legacyDrawing);
  let out = "";
  for (let at = 0; at < xml.length; at += size) out += rewriter.write(xml.slice(at, at + size));
  return out + rewriter.end();
}

const sheet = (rows: string, tail = "<pageMargins/>") =>
  `<?xml version="1.0"?><worksheet xmlns="main"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe("FlaggedCellsRewriter", () => {
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>5</v></c></row>' +
    '<row r="2" spans="1:3"><c r="A2" s="2" t="inlineStr"><is><r><t>张</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></is></c><c r="C2"><f>SUM(B1:B1)</f><v>5</v></c></row>';

  it("passes an unflagged part through character for character, however it is split", () => {
    for (const size of [1, 7, 1000]) expect(rewrite(sheet(rows), new Map(), size)).toBe(sheet(rows));
  });

  it("points only flagged cells at the fill style made from their own style", () => {
    const out = rewrite(sheet(rows), marks({ 1: { 2: "warning" }, 2: { 1: "error" } }), 3);
    expect(out).toBe(sheet(rows.replace('r="B1" s="3"', 'r="B1" s="203"').replace('r="A2" s="2"', 'r="A2" s="102"')));
  });

  it("adds an empty filled cell, in column order, where a flagged cell has no <c>", () => {
    const out = rewrite(sheet(rows), marks({ 2: { 2: "error", 4: "warning" } }), 5);
    expect(out).toContain('<c r="A2" s="2" t="inlineStr">');
    expect(out).toContain('</c><c r="B2" s="100"/><c r="C2"><f>SUM(B1:B1)</f><v>5</v></c><c r="D2" s="200"/></row>');
  });

  it("adds a row for a flagged row the part does not have, between its neighbours", () => {
    const out = rewrite(sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>'), marks({ 2: { 1: "error" }, 9: { 3: "warning" } }));
    expect(out).toContain('</row><row r="2"><c r="A2" s="100"/></row><row r="4">');
    expect(out).toContain('<row r="9"><c r="C9" s="200"/></row></sheetData>');
  });

  it("counts rows and cells without r= as Excel does, and gives them one after an insertion", () => {
    const xml = sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c></row>");
    const out = rewrite(xml, marks({ 2: { 2: "error" } }), 4);
    expect(out).toContain('<row><c><v>3</v></c><c s="100"><v>4</v></c><c><v>5</v></c></row>');
    const inserted = rewrite(sheet('<row><c r="B1"><v>1</v></c><c><v>3</v></c></row><row><c><v>9</v></c></row>'), marks({ 1: { 1: "error" } }));
    expect(inserted).toContain('<row><c r="A1" s="100"/><c r="B1"><v>1</v></c><c r="C1"><v>3</v></c></row><row><c><v>9</v></c></row>');
  });

  it("reads a > inside an attribute value as part of the value", () => {
    const xml = sheet('<row r="1" x14ac:note="a>b"><c r="A1" s="1" foo="1>0"><v>7</v></c></row>');
    expect(rewrite(xml, marks({ 1: { 1: "error" } }), 2)).toBe(xml.replace('s="1"', 's="101"'));
  });

  it("puts <legacyDrawing> before the elements the schema wants after it", () => {
    const drawing = '<legacyDrawing r:id="rIdReport1"/>';
    expect(rewrite(sheet(rows, "<pageMargins/><tableParts/>"), marks({ 1: { 1: "error" } }), 9, drawing)).toContain(`<pageMargins/>${drawing}<tableParts/></worksheet>`);
    expect(rewrite(sheet(rows), marks({ 1: { 1: "error" } }), 9, drawing)).toContain(`<pageMargins/>${drawing}</worksheet>`);
  });
});
