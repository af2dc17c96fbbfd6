import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storedZip } from "../../scripts/corpus/crafted-bytes";

export const HEADER = ["序号", "地区", "单位", "姓名", "身份证号", "慰问金额（元）"];
export const ZHANG = [1, "哈密市", "市供电公司", "张三", "11010519491231002X", 1500];
export const LI = [2, "伊吾县", "县医院", "李四", "440524188001010014", 1000];

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "writer-hostile-"));
}

/** A roster written by exceljs to `folder/name`, one sheet per entry of `sheets` (rows from A1). */
export async function rosterFile(folder: string, name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) workbook.addWorksheet(sheetName).addRows(rows);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A one-sheet .xlsx around hand-written sheetData, for what exceljs never writes (inline strings with phonetic runs). */
export function handMadeXlsx(path: string, sheetData: string, { withStyles = true } = {}): string {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (!withStyles) {
    delete parts["xl/styles.xml"];
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "");
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(/<Relationship Id="rId2"[^>]*\/>/, "");
  }
  writeFileSync(path, storedZip(parts));
  return path;
}

/** An inline-string cell; `phonetic` adds a <rPh> run as Japanese Excel writes furigana. */
export function inlineCell(ref: string, text: string, phonetic?: string): string {
  const rPh = phonetic ? `<rPh sb="0" eb="1"><t>${phonetic}</t></rPh>` : "";
  return `<c r="${ref}" t="inlineStr"><is><r><t>${text}</t></r>${rPh}</is></c>`;
}

export function numberCell(ref: string, value: number): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

/** A generated roster of `households` rows, streamed to disk by exceljs with shared strings, as Excel saves one. */
export async function largeRosterFile(path: string, households: number): Promise<string> {
  const { generateRoster } = await import("../fakes/generate-roster");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet("名单");
  for (const row of generateRoster(households).rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return path;
}
