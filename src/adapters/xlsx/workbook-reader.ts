import type { CellValue } from "../../core/cell";
import type { MergedRange } from "../../core/check/merged-ranges";
import { ReportError } from "../../core/errors";
import { DamagedPart, damagedFile } from "./damaged-part";
import { csvSheetName, readCsvRows } from "./read-csv";
import { SharedStringsHandler } from "./shared-strings";
import { SheetRowsHandler, type RowSink, type SheetContext } from "./sheet-rows";
import { sniffFile, type SniffedFile } from "./sniff-file";
import { parseDateStyles, parseWorkbookParts, type SheetVisibility } from "./workbook-parts";
import { XmlTokenizer } from "./xml-tokenizer";
import type { ZipEntry } from "./zip-directory";
import { PART_LIMITS, partBytes, partChunks } from "./zip-part";

/**
 * The one reader of .xlsx and .csv files for every file host (the CLI in Node, the page in a Web
 * Worker): platform-neutral, one part inflated at a time (natively where the platform can). Damage found anywhere
 * (zip, inflate, CRC, XML, grid) becomes one ReportError naming the file and the sheet.
 */
export interface SheetReader {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** A CSV keeps no cell types: every cell is text, so a text amount there is no sign of SUM missing it. */
  readonly textOnly?: boolean;
  /**
   * Every row with a value, in order, then the merged areas the part lists after its rows. After
   * each inflated chunk `more` is asked whether to go on (false stops reading: no merges then).
   * The part's size and CRC-32 are verified on the way: a damaged part throws at its end, after
   * its rows went by, so callers keep no result from a read that did not return.
   */
  readRows(sink: RowSink, more?: () => boolean): Promise<readonly MergedRange[]>;
}

/** One row as `readSheetRows` returns it: cells[0] is column A, empty cells null. */
export interface SheetRowValues {
  readonly rowNumber: number;
  readonly cells: readonly CellValue[];
  readonly hidden: boolean;
}

/** The sheets of an .xlsx (tab order, with their visibility) or the one sheet of a .csv. */
export async function openWorkbookReader(bytes: Uint8Array, fileName: string): Promise<SheetReader[]> {
  return sheetReaders(bytes, fileName, sniffFile(bytes, fileName));
}

/** The sheets of a file already sniffed (workbook-file.ts keeps the zip directory for its other parts). */
export async function sheetReaders(bytes: Uint8Array, fileName: string, sniffed: SniffedFile): Promise<SheetReader[]> {
  return sniffed.kind === "csv" ? [csvReader(bytes, fileName)] : xlsxReaders(bytes, fileName, sniffed.entries);
}

/** Every row of one sheet, by name, whatever its visibility: for reading back a written copy. */
export async function readSheetRows(bytes: Uint8Array, sheetName: string, fileName = "workbook.xlsx"): Promise<SheetRowValues[]> {
  const sheets = await openWorkbookReader(bytes, fileName);
  const sheet = sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new ReportError("sheet-not-found", `“${fileName}”中没有工作表“${sheetName}”。`, `"${fileName}" has no sheet "${sheetName}".`);
  const rows: SheetRowValues[] = [];
  await sheet.readRows((rowNumber, cells, hidden) => rows.push({ rowNumber, cells: cells.slice(), hidden }));
  return rows;
}

function csvReader(bytes: Uint8Array, fileName: string): SheetReader {
  return {
    name: csvSheetName(fileName),
    visibility: "visible",
    textOnly: true,
    async readRows(sink, more) {
      // Streamed: the rows go to the check as the bytes are decoded, and reading stops when `more` says so.
      readCsvRows(
        bytes,
        (rowNumber, cells) => {
          if (cells.some((cell) => cell !== null)) sink(rowNumber, cells, false);
        },
        { more, fileName },
      );
      return [];
    },
  };
}

async function xlsxReaders(bytes: Uint8Array, fileName: string, entries: Map<string, ZipEntry>): Promise<SheetReader[]> {
  const whole = async (path: string, limit: number): Promise<Uint8Array> => {
    const entry = entries.get(path);
    return entry ? guard(fileName, path, path, () => partBytes(bytes, entry, limit)) : new Uint8Array(0);
  };
  const workbookXml = await whole("xl/workbook.xml", PART_LIMITS.small);
  const relsXml = await whole("xl/_rels/workbook.xml.rels", PART_LIMITS.small);
  const workbook = await guard(fileName, "工作簿目录", "the workbook's sheet list", async () => parseWorkbookParts(workbookXml, relsXml));
  let context: Promise<SheetContext> | null = null;
  const sheetContext = (): Promise<SheetContext> =>
    (context ??= (async () => ({
      sharedStrings: await guard(fileName, "共享字符串", "the shared strings", () => sharedStrings(bytes, entries.get("xl/sharedStrings.xml"))),
      dateStyles: await guard(fileName, "单元格格式", "the cell styles", async () => parseDateStyles(await whole("xl/styles.xml", PART_LIMITS.small))),
      date1904: workbook.date1904,
    }))());
  return workbook.sheets.map((sheet) => {
    const entry = entries.get(sheet.path);
    const whereZh = `工作表“${sheet.name}”`;
    const whereEn = `sheet "${sheet.name}"`;
    const part = (): ZipEntry => {
      if (entry === undefined) throw missingPart(fileName, sheet.name);
      return entry;
    };
    let verified = false;
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      async readRows(sink, more = () => true) {
        const handler = new SheetRowsHandler(await sheetContext(), sink);
        const tokenizer = new XmlTokenizer(handler);
        return guard(fileName, whereZh, whereEn, async () => {
          const chunks = partChunks(bytes, part(), PART_LIMITS.sheet, !verified);
          for await (const chunk of chunks) {
            try {
              tokenizer.write(chunk);
            } catch (error) {
              // Garbled XML is most often a damaged deflate stream: its CRC says so more plainly.
              for await (const rest of chunks) void rest;
              throw error;
            }
            if (!more()) return [];
          }
          tokenizer.end();
          verified = true;
          return handler.merges;
        });
      },
    };
  });
}

/** Streamed, so memory holds the strings, not also the part's XML. */
async function sharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
  if (entry === undefined) return [];
  const handler = new SharedStringsHandler();
  const tokenizer = new XmlTokenizer(handler);
  for await (const chunk of partChunks(bytes, entry, PART_LIMITS.sharedStrings)) tokenizer.write(chunk);
  tokenizer.end();
  return handler.strings;
}

async function guard<T>(fileName: string, whereZh: string, whereEn: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DamagedPart) throw damagedFile(fileName, whereZh, whereEn, error);
    throw error;
  }
}

function missingPart(fileName: string, sheet: string): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${fileName}”中的工作表“${sheet}”缺少数据（文件可能已损坏）：请在 Excel 中打开并另存为 .xlsx。`,
    `Sheet "${sheet}" of "${fileName}" has no data part (the file may be damaged): open it in Excel and save it as .xlsx.`,
  );
}
