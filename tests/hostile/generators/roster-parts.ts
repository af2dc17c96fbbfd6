import type { ZipPart } from "../../../scripts/corpus/crafted-bytes";

/**
 * The parts of a roster workbook written as raw SpreadsheetML, so each hostile file differs from
 * a clean one only where its test says. Columns: A 地区, B 姓名, C 慰问金额.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const HEADER = ["地区", "姓名", "慰问金额"] as const;

export interface RawSheet {
  readonly name: string;
  readonly state?: "hidden" | "veryHidden";
  /** What goes inside <sheetData>. */
  readonly sheetData: string;
}

export function workbookParts(sheets: readonly RawSheet[], extra: readonly ZipPart[] = []): ZipPart[] {
  const sheetList = sheets
    .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  return [
    { name: "xl/workbook.xml", content: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: `<worksheet xmlns="${MAIN}"><sheetData>${sheet.sheetData}</sheetData></worksheet>`,
    })),
    ...extra,
  ];
}

/** An inline-string cell; `r` may be left out, as some writers do. */
export function textCell(text: string, r?: string): string {
  return `<c${r ? ` r="${r}"` : ""} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

export function numberCell(value: number, r?: string): string {
  return `<c${r ? ` r="${r}"` : ""}><v>${value}</v></c>`;
}

export function row(cells: string, r?: number): string {
  return `<row${r === undefined ? "" : ` r="${r}"`}>${cells}</row>`;
}

/** Row `n` of a roster: region, name, amount in A–C. */
export function rosterRow(n: number, region: string, name: string, amount: number): string {
  return row(textCell(region, `A${n}`) + textCell(name, `B${n}`) + numberCell(amount, `C${n}`), n);
}

export function headerRow(n = 1): string {
  return row(HEADER.map((title, i) => textCell(title, `${"ABC"[i]}${n}`)).join(""), n);
}

/** `count` households from row 2 on, 1,000 元 each, every name filled. */
export function rosterRows(count: number, name = (i: number) => `职工${i}`): string {
  let xml = headerRow();
  for (let i = 0; i < count; i++) xml += rosterRow(i + 2, i % 2 ? "哈密市" : "伊州区", name(i), 1000);
  return xml;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
