import type { VisibleGrid } from "../../adapters/xlsx/sheet-grids";
import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";

/**
 * How the page reads a workbook: in a Web Worker (read-in-worker.ts), so a 200,000-row file never
 * freezes the page, or in the page itself (read-in-page.ts: tests, and browsers without workers).
 * Both run the one reader of src/adapters/xlsx; exceljs is not on this path.
 */
export interface WorkbookReading {
  /** Reads every sheet's rows for the preview; `onProgress` hears the rows read so far. */
  open(bytes: Uint8Array, fileName: string, template: Template, onProgress?: (rowsRead: number) => void): Promise<ReadWorkbook>;
}

export interface ReadWorkbook {
  readonly grids: readonly VisibleGrid[];
  /** The first visible sheet whose header the template recognises, else the first visible sheet. */
  readonly defaultSheet: string;
  /** Checks one sheet, reading it again row by row (the result lists the hidden sheets not checked). */
  check(template: Template, sheet: string, onProgress?: (rowsRead: number) => void): Promise<CheckResult>;
  /** Lets the worker (and the file's bytes in it) go. */
  close(): void;
}
