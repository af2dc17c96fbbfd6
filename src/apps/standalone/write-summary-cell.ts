import type ExcelJS from "exceljs";

const SUMMARY_NAME = "总结";

/**
 * Puts the paragraph where the Excel add-in would: the cell named 总结 when the workbook defines
 * one, else A1 of a 总结 sheet (added when missing). Returns the place, e.g. "总结!A1".
 */
export function writeSummaryCell(workbook: ExcelJS.Workbook, text: string): string {
  const named = workbook.definedNames.getRanges(SUMMARY_NAME)?.ranges?.[0];
  const [sheetPart, cellPart] = named ? named.split("!") : [SUMMARY_NAME, "A1"];
  const sheetName = sheetPart.replace(/^'|'$/g, "");
  const address = cellPart.replace(/\$/g, "").split(":")[0];
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.addWorksheet(sheetName);
  sheet.getCell(address).value = text;
  return `${sheetName}!${address}`;
}
