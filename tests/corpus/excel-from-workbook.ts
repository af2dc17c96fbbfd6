import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/address";
import { parseMergedRange } from "../../src/core/check/merged-ranges";
import type { WorkbookModel } from "../fakes/in-memory-excel";
import type { ModelValue } from "../fakes/in-memory-excel/workbook-model";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * Seeds the in-memory Excel with an .xlsx as Excel holds it after opening the file: cached
 * formula results as values, dates as serial numbers, merged cells' value in the top-left only,
 * fills, number formats, notes, hidden rows, merged areas and sheet protection.
 */
export async function loadIntoModel(bytes: Uint8Array, model: WorkbookModel): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets) {
    const sheet = model.addSheet(worksheet.name);
    const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean; formatCells?: boolean } }).sheetProtection;
    // In the file, formatCells unset means formatting is locked too.
    if (protection?.sheet) sheet.protection = { protected: true, allowFormatCells: protection.formatCells === false };
    for (const address of worksheet.model.merges) {
      const merge = parseMergedRange(address);
      if (merge) sheet.merges.push(merge);
    }
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = modelValue(cell.value);
        if (value !== undefined) sheet.setValue(rowNumber, column, value);
        if (cell.formula) sheet.setFormula(rowNumber, column, `=${cell.formula}`);
        if (cell.numFmt) sheet.setNumberFormat(rowNumber, column, cell.numFmt);
        const argb = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
        if (argb) sheet.setFill(rowNumber, column, { color: `#${argb.slice(2)}`, pattern: "Solid", patternColor: null });
        if (cell.note) sheet.notes.set(cellAddress(rowNumber, column), noteText(cell.note));
      });
    });
  }
}

function modelValue(value: ExcelJS.CellValue): ModelValue | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return modelValue(value.result as ExcelJS.CellValue);
  return undefined;
}

/** A note's text as exceljs reads it: plain, or the runs of a rich-text note (ours have a small font). */
export function noteText(note: string | ExcelJS.Comment): string {
  return typeof note === "string" ? note : (note.texts ?? []).map((run) => run.text).join("");
}
