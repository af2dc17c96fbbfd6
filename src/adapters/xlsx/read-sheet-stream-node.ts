import type { ColumnMap } from "../../core/check/column-map";
import type { CellValue } from "../../core/cell";
import { startCheck } from "../../core/check/check-session";
import type { MergedRange } from "../../core/check/merged-ranges";
import type { CheckResult } from "../../core/check/types";
import { HEADER_WINDOW } from "../../core/check/header-window";
import { ReportError } from "../../core/errors";
import type { Template } from "../../core/template/schema";
import { isHeaderNotFound, noHeaderInAnySheet, sheetsToTry } from "./choose-sheet";
import { csvSheetName, readCsv } from "./read-csv";
import { SharedStringsHandler } from "./shared-strings";
import { readSheetMerges } from "./sheet-merges-node";
import { SheetRowsHandler, type SheetContext } from "./sheet-rows";
import { sniffFile } from "./sniff-file";
import { parseDateStyles, parseWorkbookParts } from "./workbook-parts";
import { XmlTokenizer } from "./xml-tokenizer";
import type { ZipEntry } from "./zip-directory";
import { entryText, entryTextChunks } from "./zip-entry-node";

export interface StreamCheckOptions {
  /** The sheet the clerk named (--sheet); otherwise the first with a recognised header. */
  readonly sheet?: string;
  readonly onProgress?: (rowsRead: number) => void;
  /** The clerk's 列对应 (saved in the workbook). */
  readonly columnMap?: ColumnMap;
}

export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: CellValue[];
  readonly hidden: boolean;
}

/** A sheet whose rows arrive in batches as the part is inflated and parsed. */
export interface SheetSource {
  readonly name: string;
  batches(): AsyncIterable<readonly SheetRow[]>;
  /** The sheet's merged areas, read before its rows. */
  merges(): Promise<readonly MergedRange[]>;
  /** A CSV's one sheet: every cell is text. */
  readonly textOnly?: boolean;
}

/**
 * Checks a workbook (.xlsx or .csv) row by row as its sheet part is inflated, never building the
 * workbook: for `check` without --out/--public, where only the result is needed.
 */
export async function checkWorkbookStream(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  options: StreamCheckOptions = {},
): Promise<CheckResult> {
  const sources = sheetSources(bytes, fileName);
  const tried = sheetsToTry(
    sources.map((source) => source.name),
    options.sheet,
  );
  let rowsRead = 0;
  const refusals: unknown[] = [];
  for (const name of tried) {
    const source = sources.find((candidate) => candidate.name === name)!;
    const session = startCheck(template, { sheet: name, merges: await source.merges(), textOnly: source.textOnly, columnMap: options.columnMap });
    let firstRow = 0;
    // A sheet without a header in its first rows is left as soon as the core has given up on it.
    feed: for await (const batch of source.batches()) {
      for (const row of batch) {
        firstRow ||= row.rowNumber;
        session.pushRow(row.rowNumber, row.cells, 1, row.hidden);
        if (row.rowNumber >= firstRow + HEADER_WINDOW - 1 && !session.headerFound()) break feed;
      }
      rowsRead += batch.length;
      options.onProgress?.(rowsRead);
    }
    try {
      return session.finish();
    } catch (error) {
      // One sheet to try: the core's own message says which headers it needs.
      if (tried.length === 1 || !isHeaderNotFound(error)) throw error;
      refusals.push(error);
    }
  }
  throw noHeaderInAnySheet(fileName, tried, refusals);
}

/** The sheets of an .xlsx (workbook order) or the one sheet of a .csv, rows not yet read. */
export function sheetSources(bytes: Uint8Array, fileName: string): SheetSource[] {
  const sniffed = sniffFile(bytes, fileName);
  if (sniffed.kind === "csv") {
    const name = csvSheetName(fileName);
    const rows = readCsv(bytes).flatMap((cells, i) => (cells.some((c) => c !== null) ? [{ rowNumber: i + 1, cells, hidden: false }] : []));
    return [{ name, batches: async function* () { yield rows; }, merges: async () => [], textOnly: true }];
  }
  return xlsxSources(bytes, fileName, sniffed.entries);
}

function xlsxSources(bytes: Uint8Array, fileName: string, entries: Map<string, ZipEntry>): SheetSource[] {
  const part = (path: string) => entries.get(path);
  const text = (path: string) => {
    const entry = part(path);
    return entry ? entryText(bytes, entry) : "";
  };
  const workbook = parseWorkbookParts(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  let context: SheetContext | null = null;
  const sheetContext = (): SheetContext =>
    (context ??= {
      sharedStrings: sharedStrings(bytes, part("xl/sharedStrings.xml")),
      dateStyles: parseDateStyles(text("xl/styles.xml")),
      date1904: workbook.date1904,
    });
  const sheetPart = (sheet: { name: string; path: string }) => {
    const entry = part(sheet.path);
    if (!entry) throw missingPart(fileName, sheet.name);
    return entry;
  };
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    batches: () => sheetBatches(bytes, sheetPart(sheet), sheetContext()),
    merges: () => readSheetMerges(bytes, sheetPart(sheet)),
  }));
}

async function* sheetBatches(bytes: Uint8Array, entry: ZipEntry, context: SheetContext): AsyncIterable<SheetRow[]> {
  let batch: SheetRow[] = [];
  const tokenizer = new XmlTokenizer(
    new SheetRowsHandler(context, (rowNumber, cells, hidden) => batch.push({ rowNumber, cells, hidden })),
  );
  for await (const chunk of entryTextChunks(bytes, entry)) {
    tokenizer.write(chunk);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  tokenizer.end();
}

function sharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  if (!entry) return [];
  const handler = new SharedStringsHandler();
  const tokenizer = new XmlTokenizer(handler);
  tokenizer.write(entryText(bytes, entry));
  tokenizer.end();
  return handler.strings;
}

function missingPart(fileName: string, sheet: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${fileName}”中的工作表“${sheet}”缺少数据（文件可能已损坏）：请在 Excel 中打开并另存为 .xlsx。`,
    `Sheet "${sheet}" of "${fileName}" has no data part (the file may be damaged): open it in Excel and save it as .xlsx.`,
  );
}
