import ExcelJS from "exceljs";
import type { CheckResult, Issue } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import type { OpenedWorkbook } from "./opened-workbook";
import { ISSUE_HEADER, groupSubtotalRows, issueRows, regionSubtotalRows, type TableRow } from "./results-tables";
import { ISSUES_SHEET, SUBTOTALS_SHEET } from "./sheet-names";

const ERROR_FILL = "FFFFC7CE";
const WARNING_FILL = "FFFFEB9C";

/**
 * The clerk's workbook with flagged cells filled (red errors, amber warnings) and noted, plus the
 * 校验结果 and 分地区汇总 sheets. Works on a copy, so the opened workbook can be checked and
 * exported again; every other value, formula and style stays as it was.
 */
export async function writeAnnotatedWorkbook(opened: OpenedWorkbook, result: CheckResult, template: Template): Promise<Uint8Array> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await opened.workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  const sheet = copy.getWorksheet(result.sheet);
  if (sheet) markIssues(sheet, result.issues);
  for (const name of [ISSUES_SHEET, SUBTOTALS_SHEET]) {
    const old = copy.getWorksheet(name);
    if (old) copy.removeWorksheet(old.id);
  }
  addTable(copy.addWorksheet(ISSUES_SHEET), [ISSUE_HEADER, ...issueRows(result, template)], [6, 9, 7, 14, 16, 22, 7, 60, 24]);
  addTable(copy.addWorksheet(SUBTOTALS_SHEET), [...regionSubtotalRows(result), [], ...groupSubtotalRows(result)], [16, 9, 10, 16, 14]);
  return new Uint8Array(await copy.xlsx.writeBuffer());
}

function markIssues(sheet: ExcelJS.Worksheet, issues: readonly Issue[]): void {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) byCell.set(issue.cell, [...(byCell.get(issue.cell) ?? []), issue]);
  for (const cellIssues of byCell.values()) {
    const cell = sheet.getCell(cellIssues[0].row, cellIssues[0].col);
    const argb = cellIssues.some((issue) => issue.severity === "error") ? ERROR_FILL : WARNING_FILL;
    // exceljs shares one style object among cells with the same style: replace it, never mutate it.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
    cell.note = [noteText(cell.note), ...cellIssues.map((issue) => issue.message)].filter(Boolean).join("\n");
  }
}

/** A note the clerk wrote stays in front of ours. */
function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

function addTable(sheet: ExcelJS.Worksheet, rows: TableRow[], widths: number[]): void {
  sheet.addRows(rows);
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}
