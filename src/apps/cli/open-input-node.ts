import { basename } from "node:path";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { openWorkbookFile, type WorkbookFile } from "../../adapters/xlsx/workbook-file";

/**
 * A roster file read once and opened once (workbook-file.ts): its form, its marker, its saved
 * settings and its check all come from this one opening, on whichever thread checks it. Rejects
 * with the reader's ReportError (not found, not a workbook, damaged…).
 */
export function openInput(path: string, fileName = basename(path)): Promise<WorkbookFile> {
  const opening = readInputFile(path).then((bytes) => openWorkbookFile(bytes, fileName));
  // Awaited later, or never (--form names the form): its failure is said where the file is checked, not as an unhandled rejection.
  opening.catch(() => undefined);
  return opening;
}
