import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import type { Issue } from "../../core/check/types";
import type { ConsolidatedResult, LocatedIssue, SubmissionVerdict } from "../../core/consolidate/consolidation";
import { fenToYuan } from "../../core/format/fen";
import type { Template } from "../../core/template/schema";
import { checkedRows } from "./checked-rows";
import { checkRosterSheets } from "./check-roster-sheets";
import { crossTabSheetRows, skippedSheetTexts, VERDICT_HEADER, verdictRows } from "./consolidation-tables";
import { ISSUE_HEADER, issueRows, type TableRow } from "./results-tables";
import { NOT_REACHED_SHEET, notReachedRows } from "./not-reached-table";
import { openWorkbookReader } from "./workbook-reader";

/** A submitted file, read again when the 汇总名册 copies its rows. */
export interface SubmissionSource {
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export const ROSTER_SHEET = "汇总名册";
const SOURCE_COLUMNS = ["来源单位", "来源文件", "工作表", "行"];
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ERROR_FILL = "FFFFC7CE";
const WARNING_FILL = "FFFFEB9C";

/**
 * The upper level's new workbook (--out 汇总.xlsx): 汇总名册 (every data row of every submission,
 * values as the check read them, the source named, flagged cells filled and noted), 校验结果 over
 * all submissions, 统计表 and 各单位核对 (with the sheets left unchecked). Each file is read again,
 * one at a time, so only the workbook being built grows with the rows.
 */
export async function writeConsolidatedWorkbook(consolidated: ConsolidatedResult, template: Template, sources: readonly SubmissionSource[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const roster = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  roster.addRow([...SOURCE_COLUMNS, ...template.fields.map((field) => field.label)]).font = { bold: true };
  const issuesBySheet = groupIssues(consolidated.issues);
  for (const source of sources) {
    const submissions = consolidated.submissions.filter((submission) => submission.file === source.file);
    if (submissions.length === 0) continue;
    const bytes = await source.bytes();
    for (const submission of submissions) await copyRows(roster, bytes, submission, template, issuesBySheet.get(sheetKey(submission)) ?? []);
  }

  const issueTable = issueRows(consolidated, template).map((row, i) => [row[0], consolidated.issues[i].file, consolidated.issues[i].sheet, ...row.slice(1)]);
  addTable(workbook, "校验结果", [[ISSUE_HEADER[0], "文件", "工作表", ...ISSUE_HEADER.slice(1)], ...issueTable]);
  addTable(workbook, "统计表", crossTabSheetRows(consolidated, fenToYuan));
  const skipped = skippedSheetTexts(consolidated.skippedSheets);
  addTable(workbook, "各单位核对", [VERDICT_HEADER, ...verdictRows(consolidated, fenToYuan), ...(skipped.length > 0 ? [[], ["未校验的工作表"], ...skipped.map((text) => [text])] : [])]);
  if (consolidated.coverage !== undefined) addTable(workbook, NOT_REACHED_SHEET, notReachedRows(consolidated.coverage));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The submission's data rows under the template's columns, after its source. */
async function copyRows(roster: ExcelJS.Worksheet, bytes: Uint8Array, submission: SubmissionVerdict, template: Template, issues: readonly Issue[]): Promise<void> {
  const [result] = (await checkRosterSheets(bytes, submission.file, template, { sheets: [submission.sheet] })).checked;
  const sheet = (await openWorkbookReader(bytes, submission.file)).find((candidate) => candidate.name === submission.sheet)!;
  const rows = await checkedRows(sheet, new Set(result.dataRowNumbers));
  const flagged = new Map<number, Issue[]>();
  for (const issue of issues) listAt(flagged, issue.row).push(issue);
  for (const rowNumber of result.dataRowNumbers) {
    const cells = rows.get(rowNumber) ?? [];
    const values = template.fields.map((field) => {
      const column = result.columns[field.key];
      if (column === undefined) return null;
      const value = cells[column - 1] ?? null;
      return field.key === "amount" ? amountValue(value) : excelValue(value);
    });
    const row = roster.addRow([submission.unit, submission.file, submission.sheet, rowNumber, ...values]);
    for (const issue of flagged.get(rowNumber) ?? []) {
      const at = issue.field === null ? -1 : template.fields.findIndex((field) => field.key === issue.field);
      if (at >= 0) mark(row.getCell(SOURCE_COLUMNS.length + at + 1), issue);
    }
  }
}

function mark(cell: ExcelJS.Cell, issue: Issue): void {
  const error = issue.severity === "error" || (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === ERROR_FILL;
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: error ? ERROR_FILL : WARNING_FILL } };
  cell.note = [typeof cell.note === "string" ? cell.note : "", issue.message].filter(Boolean).join("\n");
}

/** A CSV's amounts are text: a plain number becomes one, so the 汇总's amount column sums; anything else stays as typed. */
function amountValue(value: CellValue): ExcelJS.CellValue {
  return typeof value === "string" && PLAIN_NUMBER.test(value.trim()) ? Number(value) : excelValue(value);
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  return typeof value === "object" && value !== null ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
}

function groupIssues(issues: readonly LocatedIssue[]): Map<string, LocatedIssue[]> {
  const bySheet = new Map<string, LocatedIssue[]>();
  for (const issue of issues) listAt(bySheet, sheetKey(issue)).push(issue);
  return bySheet;
}

function listAt<K, T>(map: Map<K, T[]>, key: K): T[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

function sheetKey(at: { readonly file: string; readonly sheet: string }): string {
  return `${at.file}\u0000${at.sheet}`;
}

function addTable(workbook: ExcelJS.Workbook, name: string, rows: TableRow[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
}
