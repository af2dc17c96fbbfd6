import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { clerksSheet, ISSUE_HEADER, groupSubtotalRows, isOwnResultsSheet, issueRows, moneyAsNumbers, regionSubtotalRows, type TableRow } from "../../core/workbook/results-tables";
import { tallyLabels } from "../../core/subtotals/tally-labels";
import { ISSUES_SHEET, SUBTOTALS_SHEET } from "../../core/workbook/sheet-names";
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
async function replaceSheet(context: Excel.RequestContext, existing: Excel.Worksheet, name: string, table: readonly TableRow[]): Promise<void> {
  if (!existing.isNullObject) existing.delete();
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

/** Replaces sheets by name in one run: one sync to find the old ones, then the writes. */
export function replaceSheets(run: ExcelRun, tables: readonly (readonly [string, readonly TableRow[]])[]): Promise<void> {
  return run(async (context) => {
    const existing = tables.map(([name]) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    // A sheet of that name the product did not write (a roster a clerk called 校验结果) is never deleted.
    const firstRows = existing.map((sheet) => (sheet.isNullObject ? null : sheet.getRange("A1:C1").load("values")));
    if (firstRows.some((row) => row !== null)) await context.sync();
    tables.forEach(([name], i) => {
      const row = firstRows[i];
      if (row !== null && !isOwnResultsSheet(name, row.values[0] ?? [])) throw clerksSheet(name);
    });
    for (const [i, [name, rows]] of tables.entries()) await replaceSheet(context, existing[i], name, rows);
    await context.sync();
  });
}

/** 校验结果 (one line per issue, values masked) and 分地区汇总 (by region, then by group). */
export function writeResultSheets(run: ExcelRun, result: CheckResult, template: Template): Promise<void> {
  return replaceSheets(run, [
    [ISSUES_SHEET, [ISSUE_HEADER, ...issueRows(result, template)]],
    [SUBTOTALS_SHEET, [...regionSubtotalRows(result, moneyAsNumbers, tallyLabels(template)), [], ...groupSubtotalRows(result, moneyAsNumbers, tallyLabels(template))]],
  ]);
}

/** The check could not run: 校验结果 holds only the reason, so no stale results mislead the clerk. */
export function writeFailureNotice(run: ExcelRun, line: string): Promise<void> {
  return replaceSheets(run, [[ISSUES_SHEET, [["校验提示"], [line]]]]);
}

/** The results stand but something around them failed (e.g. marking): one line under the table. */
export function appendNotice(run: ExcelRun, line: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ISSUES_SHEET);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    await context.sync();
    const row = used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1;
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    cell.numberFormat = [["@"]];
    cell.values = [[line]];
    await context.sync();
  });
}

