import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from "docx";
import { formatYuan } from "../../core/format/fen";
import type { ReportBlock, ReportDocument } from "../../core/report/report-document";
import type { StatsCell, StatsTable } from "../../core/report/stats-table";

/**
 * The built-in report as a .docx, set as such reports are (GB/T 9704 habits): A4, margins 37/35/28/26
 * mm, body 3号仿宋 on a 28 pt line with a two-character first-line indent, title 2号小标宋 centred,
 * 一、 headings 3号黑体, the 统计表 a real table in 宋体, page numbers “— 1 —” at the foot. Fonts are
 * named for Word on a clerk's machine; a reader without them (LibreOffice here) substitutes its own.
 * Built with `docx` (docs/report.md says why), which writes the same file in Node and the browser.
 */
export async function writeReportDocx(report: ReportDocument): Promise<Uint8Array> {
  // A 统计表 of many 类别 does not fit a portrait page: from its heading on, the pages turn landscape.
  const tableAt = report.blocks.findIndex((item) => item.kind === "table");
  const wide = report.blocks.some((item) => item.kind === "table" && item.table.columns > PORTRAIT_COLUMNS);
  const split = wide && tableAt > 0 ? tableAt - 1 : report.blocks.length;
  const footers = { default: new Footer({ children: [pageNumber()] }) };
  const portrait = { page: { size: { width: A4.width, height: A4.height }, margin: MARGINS } };
  const landscape = { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS } };
  const document = new Document({
    title: report.title,
    creator: "报表助手",
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      { properties: portrait, footers, children: report.blocks.slice(0, split).flatMap((item) => block(item, TEXT_WIDTH.portrait)) },
      ...(split < report.blocks.length ? [{ properties: landscape, footers, children: report.blocks.slice(split).flatMap((item) => block(item, TEXT_WIDTH.landscape)) }] : []),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Twips (1/20 pt); A4 is 210 × 297 mm. */
const A4 = { width: 11906, height: 16838 };
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);
const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = { portrait: A4.width - MARGINS.left - MARGINS.right, landscape: A4.height - MARGINS.left - MARGINS.right };
/** Columns a portrait page's table holds legibly: 单位 and three 类别 with 合计. */
const PORTRAIT_COLUMNS = 9;
/** Half-points: 3号 is 16 pt, 2号 22 pt, 4号 14 pt, the table's 小四 12 pt. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const TABLE_SIZE = 21;
const PAGE_NUMBER_SIZE = 28;
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
const HEADING_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
const TABLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
/** A fixed 28 pt line, as official documents set 22 lines to a page. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const FIRST_LINE_INDENT = 2 * 20 * 16;

function run(text: string, options: IRunOptions = {}): TextRun {
  return new TextRun({ text, ...options });
}

function block(item: ReportBlock, width: number): (Paragraph | Table)[] {
  switch (item.kind) {
    case "title":
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 560, line: 700, lineRule: LineRuleType.EXACT }, children: [run(item.text, { font: TITLE_FONT, size: TITLE_SIZE })] })];
    case "heading":
      return [new Paragraph({ spacing: LINE, indent: { firstLine: FIRST_LINE_INDENT }, children: [run(item.text, { font: HEADING_FONT })] })];
    case "paragraph":
      return [new Paragraph({ spacing: LINE, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, children: [run(item.text)] })];
    case "table":
      return [
        new Paragraph({ spacing: { ...LINE, before: 280 }, alignment: AlignmentType.CENTER, keepNext: true, children: [run(item.table.caption, { font: HEADING_FONT, size: TABLE_SIZE + 4 })] }),
        statsTable(item.table, width),
      ];
    case "signature":
      return [
        new Paragraph({ spacing: LINE, children: [] }),
        ...item.lines.map((line) => new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 4 * 20 * 16 }, children: [run(line)] })),
      ];
  }
}

/** The 统计表 as a Word table: spans as merged cells, the header repeated on each page, numbers right-aligned. */
function statsTable(table: StatsTable, width: number): Table {
  // Amounts in whole 元 are shown without “.00” (still exact); one amount with 角分 shows them all with two decimals.
  const wholeYuan = table.body.every((cells) => cells.every((cell) => cell.value.kind !== "money" || cell.value.fen % 100 === 0));
  const money = (fen: number) => (wholeYuan ? formatYuan(fen).slice(0, -3) : formatYuan(fen));
  const header = table.header.map((cells) => new TableRow({ tableHeader: true, children: cells.map((cell) => tableCell(cell, true, money)) }));
  const body = table.body.map((cells) => new TableRow({ cantSplit: true, children: cells.map((cell) => tableCell(cell, false, money)) }));
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: columnWidths(table, width), rows: [...header, ...body] });
}

/** The unit's column widest, amounts wider than counts: shares of the text width, by the body's first row. */
function columnWidths(table: StatsTable, width: number): number[] {
  const shares = table.body[0].map((cell, i) => (i === 0 ? 3 : cell.value.kind === "money" ? 2.2 : 1.2));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => Math.floor((share / sum) * width));
}

function tableCell(cell: StatsCell, header: boolean, money: (fen: number) => string): TableCell {
  const value = cell.value;
  const text = value.kind === "text" ? value.text : value.kind === "count" ? String(value.count) : money(value.fen);
  const alignment = header ? AlignmentType.CENTER : value.kind === "text" ? AlignmentType.LEFT : AlignmentType.RIGHT;
  return new TableCell({
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60 },
    children: [new Paragraph({ alignment, children: [run(text, { font: header ? HEADING_FONT : TABLE_FONT, size: TABLE_SIZE })] })],
  });
}

/** “— 1 —” centred at the foot, 4号 宋体. */
function pageNumber(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ font: TABLE_FONT, size: PAGE_NUMBER_SIZE, children: ["— ", PageNumber.CURRENT, " —"] })],
  });
}
