import { envelope, fromSettingsChunks, settingsChunks, type SettingsEnvelope } from "../../core/workbook/settings-envelope";
import type { EtWorkbook } from "./et-api";
import { values2d } from "./values";
import { addSheet, findSheet } from "./workbook-sheets";

/**
 * JSON kept in column A of a veryHidden sheet, cut into cell-sized pieces exactly as the settings
 * sheet is (xlsx/saved-settings.ts), so the .xlsx reader, the CLI and Excel find what WPS saved.
 * WPS is not known to keep custom XML parts, the Excel adapter's other copy; a sheet survives
 * every host. Reads are one Value2 of the used column.
 */
export function readHiddenJson(workbook: EtWorkbook, sheetName: string): SettingsEnvelope | null {
  const sheet = findSheet(workbook, sheetName);
  if (sheet === null) return null;
  const used = sheet.UsedRange;
  if (used.Column !== 1 || used.Row !== 1) return null;
  const texts = values2d(used.Value2)
    .map((row) => row[0])
    .filter((cell): cell is string => typeof cell === "string" && cell !== "");
  return fromSettingsChunks(texts);
}

/** Replaces the sheet's JSON (creating the sheet, veryHidden, when missing); longer old pieces are blanked. */
export function writeHiddenJson(workbook: EtWorkbook, sheetName: string, value: unknown, now = new Date()): void {
  const existing = findSheet(workbook, sheetName);
  const oldRows = existing === null ? 0 : rowsUsed(existing.UsedRange);
  const sheet = existing ?? addSheet(workbook, sheetName, true);
  const chunks = settingsChunks(envelope(value, now));
  const rows = Math.max(oldRows, chunks.length);
  const column = sheet.Range(`A1:A${rows}`);
  column.NumberFormat = "@";
  column.Value2 = Array.from({ length: rows }, (_, i) => [chunks[i] ?? ""]);
}

function rowsUsed(used: { readonly Row: number; readonly Rows: { readonly Count: number } }): number {
  return used.Row + used.Rows.Count - 1;
}
