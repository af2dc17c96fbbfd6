import { isDateFormat } from "../../core/format/excel-date";
import { XmlTokenizer, type XmlTag } from "./xml-tokenizer";

/** A sheet tab as Excel shows it; a veryHidden sheet can only be shown again from VBA. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A worksheet as xl/workbook.xml lists it, with the zip path of its part. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly visibility: SheetVisibility;
}

export interface WorkbookParts {
  /** Worksheets in workbook (tab) order; chart sheets and dialog sheets are left out. */
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/**
 * Sheet names, order and visibility come from xl/workbook.xml and its relationships, not from
 * the zip's file order (which need not be tab order, and which exceljs's streaming reader relies on).
 */
export function parseWorkbookParts(workbookXml: Uint8Array, relsXml: Uint8Array): WorkbookParts {
  const targets = new Map<string, string>();
  parseXml(relsXml, (tag) => {
    const type = tag.value("Type");
    if (tag.name === "Relationship" && type !== undefined && WORKSHEET_TYPE.test(type)) {
      targets.set(tag.value("Id") ?? "", partPath(tag.value("Target") ?? ""));
    }
  });
  const sheets: SheetPart[] = [];
  let date1904 = false;
  parseXml(workbookXml, (tag) => {
    if (tag.name === "workbookPr") date1904 = isTrue(tag.value("date1904"));
    if (tag.name !== "sheet") return;
    // The relationship id is `r:id` under whatever prefix the writer bound the namespace to.
    const path = targets.get(tag.value("id") ?? "");
    const state = tag.value("state");
    const visibility: SheetVisibility = state === "hidden" || state === "veryHidden" ? state : "visible";
    if (path) sheets.push({ name: tag.value("name") ?? "", path, visibility });
  });
  return { sheets, date1904 };
}

/** For each cell style index (the `s` of a cell), whether its number format shows a date. */
export function parseDateStyles(stylesXml: Uint8Array): boolean[] {
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(
    stylesXml,
    (tag) => {
      if (tag.name === "numFmt") customCodes.set(Number(tag.value("numFmtId")), tag.value("formatCode") ?? "");
      if (tag.name === "cellXfs") inCellXfs = !tag.selfClosing;
      if (tag.name === "xf" && inCellXfs) formatIds.push(Number(tag.value("numFmtId") ?? 0));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  return formatIds.map((id) => isDateFormat(id, customCodes.get(id)));
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml"). */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

function parseXml(xml: Uint8Array, open: (tag: XmlTag) => void, close: (name: string) => void = () => {}): void {
  const tokenizer = new XmlTokenizer({ open, close, text: () => {} });
  tokenizer.write(xml);
  tokenizer.end();
}
