import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { ISSUE_HEADER, groupSubtotalRows, issueRows, moneyAsNumbers, regionSubtotalRows, resultsSheetName, type SheetFirstRow, type TableRow } from "../../core/workbook/results-tables";
import { tallyLabels } from "../../core/subtotals/tally-labels";
import { ISSUES_SHEET, resultsNameOf, SUBTOTALS_SHEET } from "../../core/workbook/sheet-names";
import type { ResultSheetNames } from "../../core/ports/workbook-host";
import type { ExcelRun } from "./excel-run";
import { RequestBudget } from "./request-budget";

/** Rows per write: small enough that one block's JSON stays far below the request budget. */
const ROWS_PER_WRITE = 2_000;

function rectangular(rows: readonly TableRow[]): TableRow[] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}

/**
 * Queues deleting the sheet (when present) and writing `rows` into a fresh one from A1. Text
 * cells are formatted as text first, so a message or value starting with = or - stays text.
 */
async function replaceSheet(context: Excel.RequestContext, existing: Excel.Worksheet | null, name: string, table: readonly TableRow[]): Promise<void> {
  existing?.delete();
  const sheet = context.workbook.worksheets.add(name);
  const rows = rectangular(table);
  const budget = new RequestBudget(context);
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const block = rows.slice(start, start + ROWS_PER_WRITE);
    await budget.reserve(JSON.stringify(block));
    const range = sheet.getRangeByIndexes(start, 0, block.length, block[0].length);
    range.numberFormat = block.map((row) => row.map((cell) => (typeof cell === "number" ? "General" : "@")));
    range.values = block;
  }
  sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length).format.autofitColumns();
}

/** Every sheet's name, with A1:C1 of those named like results sheets (whose they are): two syncs. */
export async function readSheetFirstRows(context: Excel.RequestContext): Promise<SheetFirstRow[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const firstRows = sheets.items.map((sheet) => (resultsNameOf(sheet.name) === null ? null : sheet.getRange("A1:C1").load("values")));
  if (firstRows.some((row) => row !== null)) await context.sync();
  return sheets.items.map((sheet, i) => ({ name: sheet.name, firstRow: firstRows[i]?.values[0] ?? null }));
}

/**
 * Replaces the results sheets in one run and returns the names written: each under its own name,
 * or name(2)… when a clerk's sheet has that name (resultsSheetName), which is never touched.
 */
export function replaceSheets(run: ExcelRun, tables: readonly (readonly [string, readonly TableRow[]])[]): Promise<string[]> {
  return run(async (context) => {
    const sheets = await readSheetFirstRows(context);
    const names = tables.map(([name]) => resultsSheetName(name, sheets));
    // Excel compares sheet names without case.
    const existing = names.map((name) => (sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ? context.workbook.worksheets.getItem(name) : null));
    for (const [i, [, rows]] of tables.entries()) await replaceSheet(context, existing[i], names[i], rows);
    await context.sync();
    return names;
  });
}

/** 校验结果 (one line per issue, values masked) and 分地区汇总 (by region, then by group). */
export async function writeResultSheets(run: ExcelRun, result: CheckResult, template: Template): Promise<ResultSheetNames> {
  const [issues, subtotals] = await replaceSheets(run, [
    [ISSUES_SHEET, [ISSUE_HEADER, ...issueRows(result, template)]],
    [SUBTOTALS_SHEET, [...regionSubtotalRows(result, moneyAsNumbers, tallyLabels(template)), [], ...groupSubtotalRows(result, moneyAsNumbers, tallyLabels(template))]],
  ]);
  return { issues, subtotals };
}

/** The check could not run: 校验结果 holds only the reason, so no stale results mislead the clerk. Returns the sheet written. */
export async function writeFailureNotice(run: ExcelRun, line: string): Promise<string> {
  const [issuesSheet] = await replaceSheets(run, [[ISSUES_SHEET, [["校验提示"], [line]]]]);
  return issuesSheet;
}

/** The results stand but something around them failed (e.g. marking): one line under the table. */
export function appendNotice(run: ExcelRun, issuesSheet: string, line: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(issuesSheet);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    await context.sync();
    const row = used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1;
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    cell.numberFormat = [["@"]];
    cell.values = [[line]];
    await context.sync();
  });
}

