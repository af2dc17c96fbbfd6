import { ReportError } from "../../../core/errors";
import { parseRelationships, relsPathOf, RELATIONSHIP_TYPES, type Relationship } from "./package-parts";
import { partText } from "./part-bytes";
import { attributeOf, decodeXml } from "./xml-text";
import type { ZipEntry } from "../zip-directory";
import { readZipRecords, type ZipRecord } from "./zip-records";

/** A worksheet as the workbook lists it: its name, its part, its relationship id. */
export interface PackageSheet {
  readonly name: string;
  readonly path: string;
  readonly relationshipId: string;
}

/** An .xlsx opened for copying: its entries and the few small parts every copy edits. */
export interface WorkbookPackage {
  readonly fileName: string;
  readonly records: readonly ZipRecord[];
  readonly byName: ReadonlyMap<string, ZipRecord>;
  readonly workbookPath: string;
  readonly workbookXml: string;
  readonly workbookRelsXml: string;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly PackageSheet[];
  text(path: string): string | null;
}

/** `directory`: the bytes' zip directory as an opening already parsed it, not parsed again. */
export function openPackage(bytes: Uint8Array, fileName: string, directory?: ReadonlyMap<string, ZipEntry>): WorkbookPackage {
  const records = readZipRecords(bytes, fileName, directory);
  const byName = new Map(records.map((record) => [record.name, record]));
  const text = (path: string) => {
    const record = byName.get(path);
    return record ? partText(record, fileName) : null;
  };
  const rootRels = parseRelationships(text("_rels/.rels") ?? "", "");
  const workbookPath = rootRels.find((rel) => rel.type === RELATIONSHIP_TYPES.officeDocument)?.path ?? "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  const workbookRelsXml = text(relsPathOf(workbookPath));
  if (workbookXml === null || workbookRelsXml === null) throw notAWorkbook(fileName);
  const workbookRels = parseRelationships(workbookRelsXml, workbookPath);
  const sheets = (workbookXml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).flatMap((tag) => {
    const idAttribute = /\s([\w.-]+:id)\s*=/.exec(tag)?.[1];
    const relationshipId = idAttribute ? (attributeOf(tag, idAttribute) ?? "") : "";
    const rel = workbookRels.find((candidate) => candidate.id === relationshipId && candidate.type === RELATIONSHIP_TYPES.worksheet);
    return rel ? [{ name: decodeXml(attributeOf(tag, "name") ?? ""), path: rel.path, relationshipId }] : [];
  });
  return { fileName, records, byName, workbookPath, workbookXml, workbookRelsXml, workbookRels, sheets, text };
}

function notAWorkbook(fileName: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${fileName}”缺少工作簿部件（文件可能已损坏）：请在 Excel 中打开并另存为 .xlsx 后再试。`,
    `"${fileName}" has no workbook part (the file may be damaged): open it in Excel, save it as .xlsx and try again.`,
  );
}
