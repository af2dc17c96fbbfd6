import type { NewSheet } from "../../adapters/xlsx/package/worksheet-xml";
import type { SheetVisibility } from "../../adapters/xlsx/workbook-parts";
import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import type { PreviewGrid } from "./preview-grid";

/**
 * How the page reads a workbook: in a Web Worker (read-in-worker.ts), so a 200,000-row file never
 * freezes the page, or in the page itself (read-in-page.ts: tests, and browsers without workers).
 * Both run the one reader of src/adapters/xlsx; exceljs is not on this path.
 */
export interface WorkbookReading {
  /** Reads every sheet's rows for the preview; `onProgress` hears the rows read so far. */
  open(bytes: Uint8Array, fileName: string, template: Template, onProgress?: (rowsRead: number) => void): Promise<ReadWorkbook>;
}

export interface ReadSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly preview: PreviewGrid;
}

export interface ReadWorkbook {
  readonly sheets: readonly ReadSheet[];
  /** The first visible sheet whose header the template recognises, else the first visible sheet. */
  readonly defaultSheet: string;
  /** The settings and 列对应 saved inside the file, read with its sheets (off the page's thread), or null. */
  readonly savedSettings: unknown | null;
  /** Checks one sheet with the clerk's 列对应 (the result lists the hidden sheets not checked). */
  check(template: Template, sheet: string, columnMap: ColumnMap, onProgress?: (rowsRead: number) => void): Promise<CheckResult>;
  /** The 公示版 sheet of a checked sheet, from the rows already read (ReportError "public-unsafe" when refused). */
  publicSheet(result: CheckResult, template: Template): Promise<NewSheet>;
  /** Lets the worker (and the file's bytes in it) go. */
  close(): void;
}
