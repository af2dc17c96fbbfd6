import type { ProductMarker } from "../../core/consolidate/product-output";
import type { SheetRow } from "../../core/rows/sheet-row";
import { copyExtensionIn } from "./macro-workbook";
import { productMarkerIn } from "./package/product-marker";
import { savedSettingsIn } from "./saved-settings";
import { sniffFile } from "./sniff-file";
import { topRowsOf } from "./top-rows";
import { sheetReaders, type SheetReader } from "./workbook-reader";
import type { ZipEntry } from "./zip-directory";

/**
 * A workbook opened once. One pass over its zip directory (sniff-file.ts) gives everything a host
 * asks of a file before and during its check: the sheets' names and visibility, their streaming
 * rows (shared strings and date styles parsed once, for whichever sheet is read first), the
 * settings saved in it, the product's marker (a 汇总 or 公示名单 among submissions), and the top rows
 * for choosing the form. The CLI, the page's worker and the pane's picked files open a file with
 * this and hand the opening on, rather than each step reading the directory, the shared strings or
 * the file again.
 */
export interface WorkbookFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Its zip directory as this opening parsed it; null for a .csv. The copy writer takes the parts over from it. */
  readonly zipDirectory: ReadonlyMap<string, ZipEntry> | null;
  /** Tab order; a .csv is one sheet. */
  readonly sheets: readonly SheetReader[];
  /** The marker the product writes into its own outputs (package/product-marker.ts), or null; a .csv has none. */
  productMarker(): Promise<ProductMarker | null>;
  /** The settings saved in the workbook (saved-settings.ts), or null; read on the first call only. */
  savedSettings(): Promise<unknown | null>;
  /** The extension its checked copy must have (macro-workbook.ts): ".xlsm" for a workbook with macros; a .csv's copy is an .xlsx. */
  copyExtension(): Promise<".xlsx" | ".xlsm">;
  /** The rows a header may be on, of each sheet a check would try (the named one, else every visible one). */
  topRows(sheet?: string): Promise<SheetRow[][]>;
}

/** Throws the reader's ReportError for a file that is not a workbook it can read (encrypted, .xls, damaged…). */
export async function openWorkbookFile(bytes: Uint8Array, fileName: string): Promise<WorkbookFile> {
  const sniffed = sniffFile(bytes, fileName);
  const sheets = await sheetReaders(bytes, fileName, sniffed);
  let settings: Promise<unknown | null> | undefined;
  return {
    fileName,
    bytes,
    zipDirectory: sniffed.kind === "csv" ? null : sniffed.entries,
    sheets,
    savedSettings: () => (settings ??= sniffed.kind === "csv" ? Promise.resolve(null) : savedSettingsIn(bytes, sniffed.entries, async () => sheets)),
    productMarker: () => (sniffed.kind === "csv" ? Promise.resolve(null) : productMarkerIn(bytes, sniffed.entries)),
    copyExtension: () => (sniffed.kind === "csv" ? Promise.resolve(".xlsx") : copyExtensionIn(bytes, sniffed.entries)),
    topRows: (sheet) => topRowsOf(sheets, sheet),
  };
}
