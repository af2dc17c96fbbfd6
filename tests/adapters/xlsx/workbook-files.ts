import ExcelJS from "exceljs";
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
