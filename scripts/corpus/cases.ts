import ExcelJS from "exceljs";
import { compoundFile, encodeGbk, storedZip } from "./crafted-bytes";
import { COLUMN, HEADER, people, personRow, rosterSheet } from "./roster";

/** One awkward file of the corpus: how it is made. What the checker must say is in tests/corpus. */
export interface CorpusCase {
  readonly file: string;
  readonly build: () => Promise<Uint8Array>;
}

const THIN = { style: "thin" } as const;

async function xlsx(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates keep the files identical from one generation to the next.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 10));
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 慰问金 merged over 金额 and 发放方式, the other headers merged down over both rows. */
function twoRowHeader(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("花名册");
  sheet.addRow(["哈密市2025年送温暖慰问花名册"]);
  sheet.mergeCells(1, 1, 1, 11);
  sheet.addRow(["序号", "地区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号", "慰问金", null, "银行卡号", "户名"]);
  sheet.addRow([null, null, null, null, null, null, null, "金额", "发放方式", null, null]);
  for (const column of [1, 2, 3, 4, 5, 6, 7, 10, 11]) sheet.mergeCells(2, column, 3, column);
  sheet.mergeCells(2, 8, 2, 9);
  for (let i = 0; i < 4; i++) {
    const row = personRow(i);
    sheet.addRow([...row.slice(0, 11)]);
  }
  for (let r = 2; r <= 7; r++) for (let c = 1; c <= 11; c++) sheet.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** 地区 typed once and merged down over each region's rows, as many units lay out a roster. */
function mergedRegion(workbook: ExcelJS.Workbook): void {
  const rows = people().map((row, i) => (i % 2 === 0 ? row : row.map((cell, c) => (c === COLUMN.region - 1 ? null : cell))));
  const sheet = rosterSheet(workbook, "花名册", rows);
  for (const top of [2, 4, 6]) sheet.mergeCells(top, COLUMN.region, top + 1, COLUMN.region);
}

/** A printed roster: the header again at the top of page 2. */
function repeatedHeader(workbook: ExcelJS.Workbook): void {
  rosterSheet(workbook, "花名册", [...people(3), HEADER, ...people(6).slice(3)]);
}

/** Rows 3 and 4 hidden by hand; an autofilter on 地区 hides 巴里坤县 (rows 6 and 7). */
function hiddenAndFiltered(workbook: ExcelJS.Workbook): void {
  const sheet = rosterSheet(workbook, "花名册", people());
  sheet.getRow(3).hidden = true;
  sheet.getRow(4).hidden = true;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 7, column: HEADER.length } };
  sheet.getRow(6).hidden = true;
  sheet.getRow(7).hidden = true;
}

/** Amounts as formulas with their cached results, a SUM total, a clerk's own fill and note. */
function formulas(workbook: ExcelJS.Workbook): void {
  const sheet = rosterSheet(workbook, "花名册", people());
  const amount = COLUMN.amount;
  sheet.getCell(2, amount).value = { formula: "500*2", result: 1000 };
  sheet.getCell(3, amount).value = { formula: "1000+500", result: 1500 };
  sheet.addRow(["合计", null, null, null, null, null, null, { formula: "SUM(H2:H7)", result: 7700 }]);
  sheet.getCell(2, COLUMN.name).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
  sheet.getCell(2, COLUMN.name).note = "已核实";
}

/** Amount formulas that return errors: #DIV/0! and #N/A are not amounts. */
function formulaErrors(workbook: ExcelJS.Workbook): void {
  const sheet = rosterSheet(workbook, "花名册", people(4));
  sheet.getCell(3, COLUMN.amount).value = { formula: "1000/0", result: { error: "#DIV/0!" } };
  sheet.getCell(4, COLUMN.amount).value = { formula: "VLOOKUP(C4,标准!A:B,2,0)", result: { error: "#N/A" } };
}

/** Real dates in a 发放日期 column and one typed into the amount column. */
function dates(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("花名册");
  sheet.addRow([...HEADER, "发放日期"]).font = { bold: true };
  for (const row of people(3)) sheet.addRow([...row, new Date(Date.UTC(2025, 0, 20))]);
  sheet.getColumn(HEADER.length + 1).numFmt = "yyyy-mm-dd";
  sheet.getCell(4, COLUMN.amount).value = new Date(Date.UTC(2025, 0, 20));
  sheet.getCell(4, COLUMN.amount).numFmt = "yyyy/m/d";
}

/** Names in rich text (a bold surname), 户名 plain: the same name, so no mismatch. */
function richText(workbook: ExcelJS.Workbook): void {
  const sheet = rosterSheet(workbook, "花名册", people(3));
  for (let r = 2; r <= 4; r++) {
    const name = String(sheet.getCell(r, COLUMN.name).value);
    sheet.getCell(r, COLUMN.name).value = { richText: [{ text: name[0], font: { bold: true } }, { text: name.slice(1), font: { color: { argb: "FFFF0000" } } }] };
  }
}

function emptySheet(workbook: ExcelJS.Workbook): void {
  workbook.addWorksheet("Sheet1");
}

/** The roster, and one stray cell on Excel's last row (a used range of 1,048,576 rows). */
function lastRow(workbook: ExcelJS.Workbook): void {
  const sheet = rosterSheet(workbook, "花名册", people());
  sheet.getCell(1_048_576, 1).value = "x";
}

/** The roster with sheet protection on (a password, cells locked). */
function protectedSheet(workbook: ExcelJS.Workbook): Promise<void> {
  const sheet = rosterSheet(workbook, "花名册", people());
  return sheet.protect("1234", { formatCells: false });
}

/**
 * Sensitive data where checks quote it: the same ID twice, an ID with a wrong check digit, a card
 * too short, a bad phone, and an ID typed into 户名. None of it may show in clear in the outputs.
 */
function privacyDefects(workbook: ExcelJS.Workbook): void {
  const rows = people();
  rows[1][COLUMN.id - 1] = rows[0][COLUMN.id - 1];
  rows[2][COLUMN.id - 1] = "652202196811302219";
  rows[3][COLUMN.account - 1] = "62220212";
  rows[4][HEADER.length - 1] = "1381234567";
  rows[5][COLUMN.holder - 1] = "652201197001010019";
  rosterSheet(workbook, "花名册", rows);
}

/** UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes it. */
function csvText(): string {
  const quote = (value: unknown) => (/[",\n]/.test(String(value ?? "")) ? `"${String(value).replace(/"/g, '""')}"` : String(value ?? ""));
  return [HEADER, ...people()].map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

const WORD_DOCUMENT = {
  "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>送温暖慰问名单</w:t></w:r></w:p></w:body></w:document>',
};

export const CORPUS: readonly CorpusCase[] = [
  { file: "two-row-header.xlsx", build: () => xlsx(twoRowHeader) },
  { file: "repeated-header.xlsx", build: () => xlsx(repeatedHeader) },
  { file: "hidden-filtered.xlsx", build: () => xlsx(hiddenAndFiltered) },
  { file: "formulas.xlsx", build: () => xlsx(formulas) },
  { file: "formula-errors.xlsx", build: () => xlsx(formulaErrors) },
  { file: "merged-region.xlsx", build: () => xlsx(mergedRegion) },
  { file: "dates.xlsx", build: () => xlsx(dates) },
  { file: "rich-text.xlsx", build: () => xlsx(richText) },
  { file: "empty-sheet.xlsx", build: () => xlsx(emptySheet) },
  { file: "privacy-defects.xlsx", build: () => xlsx(privacyDefects) },
  { file: "last-row-1048576.xlsx", build: () => xlsx(lastRow) },
  {
    file: "protected-sheet.xlsx",
    build: async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 10));
      await protectedSheet(workbook);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
  },
  { file: "encrypted.xlsx", build: async () => compoundFile(["EncryptionInfo", "EncryptedPackage"]) },
  { file: "old-excel.xls", build: async () => compoundFile(["Workbook", "\u0005SummaryInformation"]) },
  { file: "utf8-bom.csv", build: async () => new Uint8Array(Buffer.from("\ufeff" + csvText(), "utf8")) },
  { file: "gbk.csv", build: async () => encodeGbk(csvText()) },
  { file: "renamed-from-docx.xlsx", build: async () => storedZip(WORD_DOCUMENT) },
];
