import ExcelJS from "exceljs";
import { columnLetters } from "../../core/address";
import type { BlankColumn, BlankFormSpec } from "../../core/blank-form/blank-form-spec";
import { inlineListFormula, type ColumnValidation } from "../../core/blank-form/data-validation";
import { withProductMarker } from "./package/marked-workbook";
import { embedSavedSettings } from "./embed-saved-settings";

/** Lists too long (or too odd) for an inline source live here, one column per list. */
export const LISTS_SHEET = "填写选项";

/** exceljs 4.4 writes these but its typings leave them out (`any` validation, `dataValidations.add`). */
type SheetValidation = Omit<ExcelJS.DataValidation, "type"> & { type: ExcelJS.DataValidation["type"] | "any" };
type WithValidations = { dataValidations: { add(address: string, validation: SheetValidation): void } };

/**
 * A blank form (下发) as a new .xlsx, with plain OOXML features only — cell formats, one data
 * validation per column range, a frozen pane, hidden sheets — which Excel, WPS and LibreOffice
 * all keep. Its sheets: the form, 填报说明, the hidden 填写选项 when a list needs it, and the
 * template it was made from, saved as workbook settings (both copies: embed-saved-settings.ts),
 * so every host checks the filled form with it.
 */
export async function writeBlankWorkbook(spec: BlankFormSpec, savedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "报表助手";
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: spec.headerRow }] });
  writeLayout(sheet, spec);
  writeInstructions(workbook.addWorksheet(spec.instructionsSheet), spec);
  const lists = new ListSheet(workbook);
  for (const column of spec.columns) {
    const range = `${columnLetters(column.column)}${spec.firstDataRow}:${columnLetters(column.column)}${spec.lastDataRow}`;
    if (column.textFormat) formatAsText(sheet, column, spec);
    if (column.validation) (sheet as unknown as WithValidations).dataValidations.add(range, sheetValidation(column.validation, lists));
  }
  const withSettings = embedSavedSettings(new Uint8Array(await workbook.xlsx.writeBuffer()), spec.template, savedAt);
  // Marked as a blank form: one that comes back filled is a submission like any other.
  return withProductMarker(withSettings, { kind: "blank-form", source: spec.template.name });
}

function writeLayout(sheet: ExcelJS.Worksheet, spec: BlankFormSpec): void {
  const last = spec.columns.length;
  sheet.getCell(1, 1).value = spec.title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.getCell(2, 1).value = spec.unitLine;
  if (last > 1) {
    sheet.mergeCells(1, 1, 1, last);
    sheet.mergeCells(2, 1, 2, last);
  }
  const header = sheet.getRow(spec.headerRow);
  for (const column of spec.columns) {
    const cell = header.getCell(column.column);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    sheet.getColumn(column.column).width = column.textFormat ? 22 : Math.max(8, column.header.length * 2 + 2);
  }
}

/**
 * Each data cell and the column's default style are text (`@`): what the clerk types or pastes
 * stays as typed, so an 18-digit ID keeps its last digits and 0902 keeps its 0.
 */
function formatAsText(sheet: ExcelJS.Worksheet, column: BlankColumn, spec: BlankFormSpec): void {
  sheet.getColumn(column.column).numFmt = "@";
  for (let row = spec.firstDataRow; row <= spec.lastDataRow; row++) sheet.getCell(row, column.column).numFmt = "@";
}

function sheetValidation({ rule, prompt, alert }: ColumnValidation, lists: ListSheet): SheetValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: prompt.title,
    prompt: prompt.message,
    ...(alert ? { showErrorMessage: true, errorStyle: alert.style, errorTitle: alert.title, error: alert.message } : {}),
  };
  switch (rule.type) {
    case "list":
      return { type: "list", formulae: [inlineListFormula(rule.values) ?? lists.reference(rule.values)], ...messages };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "textLength":
      return rule.min === rule.max
        ? { type: "textLength", operator: "equal", formulae: [rule.min], ...messages }
        : { type: "textLength", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "any":
      return { type: "any", formulae: [], ...messages };
  }
}

/** The hidden 填写选项 sheet, created (after 填报说明) only when a list cannot be inline. */
class ListSheet {
  private sheet: ExcelJS.Worksheet | null = null;
  private columns = 0;

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** Writes the values into the next column and returns the absolute reference to them. */
  reference(values: readonly string[]): string {
    this.sheet ??= this.workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
    const letters = columnLetters(++this.columns);
    values.forEach((value, i) => {
      const cell = this.sheet!.getCell(i + 1, this.columns);
      cell.numFmt = "@";
      cell.value = value;
    });
    return `'${LISTS_SHEET}'!$${letters}$1:$${letters}$${values.length}`;
  }
}

function writeInstructions(sheet: ExcelJS.Worksheet, spec: BlankFormSpec): void {
  sheet.getColumn(1).width = 110;
  sheet.getCell(1, 1).value = `${spec.title} 填报说明`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  spec.instructions.forEach((line, i) => {
    const cell = sheet.getCell(i + 3, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}
