import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { compoundFile } from "../../../scripts/corpus/crafted-bytes";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temp folder per test file, for workbooks written by exceljs as a clerk's Excel would save them. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "baobiao-xlsx-"));
}

export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

// Files exceljs cannot write (a renamed .docx, .xls and encrypted headers, GBK text) come from the
// corpus script's byte builders, so the tests and assets/corpus are made the same way.
export { compoundFile as compoundFileBytes, encodeGbk as gbkBytes, storedZip as zipBytes } from "../../../scripts/corpus/crafted-bytes";

const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const VBA_PROJECT_TYPE = "application/vnd.ms-office.vbaProject";
const VBA_PROJECT_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

/**
 * The workbook as Excel saves it with macros (.xlsm): the workbook part's macro-enabled content
 * type, an xl/vbaProject.bin (a compound file, as Excel writes it; its modules are not needed here)
 * and its relationship from the workbook.
 */
export function asMacroWorkbook(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const types = text("[Content_Types].xml")
    .replace(/(PartName="\/xl\/workbook\.xml"\s+ContentType=")[^"]*"/, `$1${MACRO_WORKBOOK_TYPE}"`)
    .replace("<Default ", `<Default Extension="bin" ContentType="${VBA_PROJECT_TYPE}"/><Default `);
  if (!types.includes(MACRO_WORKBOOK_TYPE)) throw new Error("the workbook part's content type was not found");
  const rels = text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `<Relationship Id="rIdVba" Type="${VBA_PROJECT_REL}" Target="vbaProject.bin"/></Relationships>`);
  return zipSync({
    ...parts,
    "[Content_Types].xml": strToU8(types),
    "xl/_rels/workbook.xml.rels": strToU8(rels),
    "xl/vbaProject.bin": compoundFile(["VBA", "PROJECT", "PROJECTwm"]),
  });
}
