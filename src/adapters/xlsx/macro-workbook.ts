import { ReportError } from "../../core/errors";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { PART_LIMITS, partBytes } from "./zip-part";

/** The workbook part's content type in a workbook Excel saved with macros (.xlsm). */
const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const OVERRIDE = /<(?:[\w.-]+:)?Override\b[^>]*>/g;

/**
 * The extension a copy of this workbook must have: ".xlsm" when its workbook part is macro-enabled
 * (the copy keeps the macros and that content type, and Excel opens such a package only under
 * .xlsm), else ".xlsx". Read from [Content_Types].xml, not from the name, which clerks change.
 */
export async function copyExtension(bytes: Uint8Array): Promise<".xlsx" | ".xlsm"> {
  const entries = readZipDirectory(bytes);
  return entries === null ? ".xlsx" : copyExtensionIn(bytes, entries);
}

/** The same, from a workbook already opened (workbook-file.ts): its zip directory is not read again. */
export async function copyExtensionIn(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): Promise<".xlsx" | ".xlsm"> {
  const entry = entries.get("[Content_Types].xml");
  if (entry === undefined) return ".xlsx";
  const types = new TextDecoder().decode(await partBytes(bytes, entry, PART_LIMITS.small));
  const workbook = (types.match(OVERRIDE) ?? []).find((element) => /\bPartName\s*=\s*"\/xl\/workbook\.xml"/i.test(element));
  return workbook !== undefined && workbook.includes(`"${MACRO_WORKBOOK_TYPE}"`) ? ".xlsm" : ".xlsx";
}

/**
 * A copy named with the other extension: a macro workbook under .xlsx is refused by Excel (and
 * converting it would drop the clerk's macros without a word); a workbook without macros under
 * .xlsm is refused too.
 */
export function wrongCopyExtension(fileName: string, outPath: string, extension: ".xlsx" | ".xlsm"): ReportError | null {
  if (outPath.toLowerCase().endsWith(extension)) return null;
  const [zh, en] = extension === ".xlsm" ? ["启用宏的工作簿（.xlsm）", "a macro-enabled workbook (.xlsm)"] : ["不含宏的工作簿（.xlsx）", "a workbook without macros (.xlsx)"];
  return new ReportError(
    "usage",
    `“${fileName}”是${zh}，它的标注副本原样保留这一格式，须以 ${extension} 结尾；“${outPath}”不是：请把 --out 改为以 ${extension} 结尾的文件名`,
    `"${fileName}" is ${en}; its checked copy keeps that format and must end in ${extension}, which "${outPath}" does not: give --out a name ending in ${extension}`,
  );
}
