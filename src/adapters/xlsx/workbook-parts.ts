import { XmlTokenizer, type XmlHandler } from "./xml-tokenizer";
import { isDateFormat } from "../../core/format/excel-date";

/** A worksheet as xl/workbook.xml lists it, with the zip path of its part. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

export interface WorkbookParts {
  /** Worksheets in workbook (tab) order; chart sheets and dialog sheets are left out. */
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/**
 * Sheet names and order come from xl/workbook.xml and its relationships, not from the zip's
 * file order (which need not be tab order, and which exceljs's streaming reader relies on).
 */
export function parseWorkbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const targets = new Map<string, string>();
  parseXml(relsXml, (name, attributes) => {
    if (name === "Relationship" && WORKSHEET_TYPE.test(attributes.Type ?? "")) {
      targets.set(attributes.Id, partPath(attributes.Target));
    }
  });
  const sheets: SheetPart[] = [];
  let date1904 = false;
  parseXml(workbookXml, (name, attributes) => {
    if (name === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
    if (name !== "sheet") return;
    const path = targets.get(relationshipId(attributes));
    if (path) sheets.push({ name: attributes.name, path });
  });
  return { sheets, date1904 };
}

/** For each cell style index (the `s` of a cell), whether its number format shows a date. */
export function parseDateStyles(stylesXml: string): boolean[] {
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(
    stylesXml,
    (name, attributes) => {
      if (name === "numFmt") customCodes.set(Number(attributes.numFmtId), attributes.formatCode);
      if (name === "cellXfs") inCellXfs = true;
      if (name === "xf" && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  return formatIds.map((id) => isDateFormat(id, customCodes.get(id)));
}

/** The relationship id attribute under whatever prefix the writer bound the namespace to. */
function relationshipId(attributes: Readonly<Record<string, string>>): string {
  const key = Object.keys(attributes).find((attribute) => attribute.endsWith(":id"));
  return key ? attributes[key] : "";
}

/** Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml"). */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

function parseXml(
  xml: string,
  open: (name: string, attributes: Readonly<Record<string, string>>) => void,
  close: (name: string) => void = () => {},
): void {
  const handler: XmlHandler = { open, close, text: () => {} };
  const tokenizer = new XmlTokenizer(handler);
  tokenizer.write(xml);
  tokenizer.end();
}
