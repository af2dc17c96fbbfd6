import Papa from "papaparse";
import type { CellValue } from "../../core/cell";
import { ReportError } from "../../core/errors";
import { DECODER_LABELS, textEncoding } from "./decode-text";

/** Bytes decoded and parsed at a time: a million-row CSV is never one string, nor its rows one array. */
const CHUNK_BYTES = 1 << 20;

export interface CsvReading {
  /** Asked after each row: false stops the reading there. */
  readonly more?: () => boolean;
  /** For the message when the file's bytes change encoding part-way. */
  readonly fileName?: string;
  readonly chunkBytes?: number;
}

/**
 * A CSV export as one sheet of text cells, row by row as its bytes are decoded. Chinese Excel and
 * WPS save CSV in GBK unless told otherwise: the encoding is told from the first bytes that are not
 * ASCII (decode-text.ts), then the bytes are decoded a chunk at a time (a character cut at a
 * chunk's end is completed by the next) and handed to papaparse's stream parser, which carries a
 * row cut at a chunk's end — a quoted newline included — into the next. Cells stay text: an ID or
 * a card number in a CSV has not lost digits yet, and amounts in text are parsed by the core.
 * Blank rows are handed on only when a row with text follows, so the newline that ends the file
 * makes no row.
 */
export function readCsvRows(bytes: Uint8Array, onRow: (rowNumber: number, cells: CellValue[]) => void, reading: CsvReading = {}): void {
  const { more = () => true, chunkBytes = CHUNK_BYTES } = reading;
  const encoding = textEncoding(bytes);
  // UTF-8 is fatal: bytes that stop being UTF-8 part-way are refused, never shown as garbled names.
  const decoder = new TextDecoder(DECODER_LABELS[encoding], { fatal: encoding === "UTF-8" });
  const listeners = new Map<string, (chunk?: string) => void>();
  // What papaparse takes for a Node readable stream; the chunks are pushed to it below, synchronously.
  const input = {
    readable: true,
    read: () => null,
    on: (event: string, listener: (chunk?: string) => void) => listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
    pause: () => {},
    resume: () => {},
  };
  let rowNumber = 0;
  let blanks = 0;
  let stopped = false;
  Papa.parse<string[]>(input as unknown as NodeJS.ReadableStream, {
    ...csvDialect(bytes, DECODER_LABELS[encoding]),
    skipEmptyLines: false,
    step: (result, parser) => {
      rowNumber += 1;
      const cells = result.data.map((text): CellValue => (text.trim() === "" ? null : text));
      if (cells.every((cell) => cell === null)) {
        blanks += 1;
        return;
      }
      for (; blanks > 0; blanks--) onRow(rowNumber - blanks, [null]);
      onRow(rowNumber, cells);
      if (!more()) {
        stopped = true;
        parser.abort();
      }
    },
    complete: () => {},
  });
  const push = (at: number, end: number) => {
    let text: string;
    try {
      text = at < bytes.length ? decoder.decode(bytes.subarray(at, end), { stream: true }) : decoder.decode();
    } catch {
      throw mixedEncoding(reading.fileName ?? "CSV", lineOfBadUtf8(bytes, at, end));
    }
    listeners.get("data")?.(text);
  };
  for (let at = 0; at < bytes.length && !stopped; at += chunkBytes) push(at, at + chunkBytes);
  if (!stopped) push(bytes.length, bytes.length);
  if (!stopped) listeners.get("end")?.();
}

/** Bytes of the file's start papaparse guesses the delimiter (, ; tab |) and line break from. */
const DIALECT_BYTES = 64 * 1024;

/**
 * The delimiter and line break, guessed by papaparse from the file's start as it would guess them
 * from the whole file, and then fixed: guessed from a chunk instead, they could differ between
 * chunks, or be guessed from a chunk ending between a carriage return and its line feed.
 */
function csvDialect(bytes: Uint8Array, label: string): { delimiter: string; newline: "\r" | "\n" | "\r\n" } {
  const start = new TextDecoder(label).decode(bytes.subarray(0, DIALECT_BYTES), { stream: true });
  const { meta } = Papa.parse<string[]>(start, { preview: 10 });
  return { delimiter: meta.delimiter, newline: meta.linebreak as "\r" | "\n" | "\r\n" };
}

/** The whole CSV as rows (cells[0] is column A): for writing its checked copy, which holds every row anyway. */
export function readCsv(bytes: Uint8Array): CellValue[][] {
  const rows: CellValue[][] = [];
  readCsvRows(bytes, (rowNumber, cells) => (rows[rowNumber - 1] = cells));
  return Array.from(rows, (row) => row ?? [null]);
}

/** The line (counted by line feeds, which UTF-8 never uses inside a character) of the first byte in bytes[at, end) that is not UTF-8. */
function lineOfBadUtf8(bytes: Uint8Array, at: number, end: number): number {
  // Back to the start of the character the previous chunk may have left open.
  let from = at;
  while (from > 0 && at - from < 3 && (bytes[from] & 0xc0) === 0x80) from--;
  const text = new TextDecoder("utf-8").decode(bytes.subarray(from, end));
  let line = 1;
  for (let i = 0; i < from; i++) if (bytes[i] === 0x0a) line++;
  for (const char of text.slice(0, Math.max(0, text.indexOf("\ufffd")))) if (char === "\n") line++;
  return line;
}

function mixedEncoding(fileName: string, line: number): ReportError {
  return new ReportError(
    "file-unreadable",
    `“${fileName}”开头是 UTF-8 编码，第 ${line} 行却不是（文件可能由几份不同编码的文本拼成），未校验：请用 Excel 或 WPS 打开后另存为 CSV（UTF-8）或 .xlsx 再校验。`,
    `"${fileName}" starts in UTF-8 but line ${line} is not UTF-8 (perhaps pieced together from files in different encodings); nothing was checked: open it in Excel or WPS, save it as CSV (UTF-8) or .xlsx and check that.`,
  );
}

/** A CSV becomes one sheet named after the file; Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}
