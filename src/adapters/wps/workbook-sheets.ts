import { cellAddress } from "../../core/address";
import { ReportError } from "../../core/errors";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et-api";
import { XL_SHEET_VERY_HIDDEN } from "./et-constants";

/** The open workbook; a WPS window with none (the start page) is said, not crashed on. */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new ReportError("sheet-not-found", "WPS 表格中没有打开的工作簿：请先打开名单。", "No workbook is open in WPS Spreadsheets: open the roster first.");
  return workbook;
}

/** Every sheet with its name, in tab order: one call per sheet. */
export function sheetsOf(workbook: EtWorkbook): { name: string; sheet: EtWorksheet }[] {
  const sheets = workbook.Sheets;
  return Array.from({ length: sheets.Count }, (_, i) => {
    const sheet = sheets.Item(i + 1);
    return { name: sheet.Name, sheet };
  });
}

export function findSheet(workbook: EtWorkbook, name: string): EtWorksheet | null {
  return sheetsOf(workbook).find((entry) => entry.name === name)?.sheet ?? null;
}

/** The sheet named `name`, among `sheets` when the caller has listed them already (each listing costs calls). */
export function sheetNamed(workbook: EtWorkbook, name: string, sheets = sheetsOf(workbook)): EtWorksheet {
  const sheet = sheets.find((entry) => entry.name === name)?.sheet ?? null;
  if (sheet === null) throw new ReportError("sheet-not-found", `找不到工作表“${name}”`, `There is no sheet named "${name}"`);
  return sheet;
}

/**
 * A new sheet after the last one, named `name`. Adding a sheet shows it; the sheet the clerk was
 * on is shown again, so saving settings or writing results never moves them elsewhere.
 */
export function addSheet(workbook: EtWorkbook, name: string, veryHidden = false): EtWorksheet {
  const active = workbook.ActiveSheet;
  const sheets = workbook.Sheets;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  if (veryHidden) sheet.Visible = XL_SHEET_VERY_HIDDEN;
  active?.Activate();
  return sheet;
}

/**
 * `rows` written from A1 in one call (short rows padded with ""). Columns holding no number are
 * formatted as text first, so a message or value starting with = or - stays text: one call per
 * such column (NumberFormat takes one format for a whole range).
 */
export function writeRows(sheet: EtWorksheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((row) => row.length));
  for (let column = 1; column <= width; column++) {
    if (rows.some((row) => typeof row[column - 1] === "number")) continue;
    sheet.Range(`${cellAddress(1, column)}:${cellAddress(rows.length, column)}`).NumberFormat = "@";
  }
  sheet.Range(`A1:${cellAddress(rows.length, width)}`).Value2 = rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}
