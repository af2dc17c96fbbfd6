import Papa from "papaparse";
import type { CellValue } from "../../core/cell";
import { decodeText } from "./decode-text";

/**
 * A CSV export as one sheet of text cells. Chinese Excel and WPS save CSV in GBK unless told
 * otherwise, so bytes that are not valid UTF-8 are decoded as GBK. Cells stay text: an ID or a
 * card number in a CSV has not lost digits yet, and amounts in text are parsed by the core.
 */
export function readCsv(bytes: Uint8Array): CellValue[][] {
  const parsed = Papa.parse<string[]>(decodeText(bytes).text, { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((text): CellValue => (text.trim() === "" ? null : text)));
  // papaparse reports the newline that ends the file as one more, empty, row.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return rows;
}

/** A CSV becomes one sheet named after the file; Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}
