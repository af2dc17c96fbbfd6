import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { tallyLabels } from "../../core/subtotals/tally-labels";
import { clerksSheet, ISSUE_HEADER, groupSubtotalRows, isOwnResultsSheet, issueRows, moneyAsNumbers, regionSubtotalRows, type TableRow } from "../../core/workbook/results-tables";
import { ISSUES_SHEET } from "../../core/workbook/sheet-names";
import { SUBTOTALS_SHEET } from "../../core/workbook/sheet-names";
import type { EtWorkbook } from "./et-api";
import { values2d } from "./values";
import { addSheet, findSheet, writeRows } from "./workbook-sheets";

/**
 * Each sheet emptied (or added) and written from A1. Emptied rather than deleted and added again:
 * deleting a sheet may ask the clerk to confirm in WPS.
 */
export function replaceWpsSheets(workbook: EtWorkbook, tables: readonly (readonly [string, readonly TableRow[]])[]): void {
  // A sheet of that name the product did not write (a roster a clerk called 校验结果) is never emptied.
  for (const [name] of tables) {
    const existing = findSheet(workbook, name);
    if (existing !== null && !isOwnResultsSheet(name, values2d(existing.Range("A1:C1").Value2)[0] ?? [])) throw clerksSheet(name);
  }
  for (const [name, rows] of tables) {
    const existing = findSheet(workbook, name);
    if (existing !== null) existing.UsedRange.Clear();
    writeRows(existing ?? addSheet(workbook, name), rows);
  }
}

/** 校验结果 (one line per issue, values masked) and 分地区汇总, as the Excel adapter writes them. */
export function writeWpsResultSheets(workbook: EtWorkbook, result: CheckResult, template: Template): void {
  const labels = tallyLabels(template);
  replaceWpsSheets(workbook, [
    [ISSUES_SHEET, [ISSUE_HEADER, ...issueRows(result, template)]],
    [SUBTOTALS_SHEET, [...regionSubtotalRows(result, moneyAsNumbers, labels), [], ...groupSubtotalRows(result, moneyAsNumbers, labels)]],
  ]);
}

/** The check could not run: 校验结果 holds only the reason. */
export function writeWpsFailureNotice(workbook: EtWorkbook, line: string): void {
  replaceWpsSheets(workbook, [[ISSUES_SHEET, [["校验提示"], [line]]]]);
}

/** The results stand but something around them failed: one line under the table. */
export function appendWpsNotice(workbook: EtWorkbook, line: string): void {
  const sheet = findSheet(workbook, ISSUES_SHEET);
  if (sheet === null) return writeWpsFailureNotice(workbook, line);
  const used = sheet.UsedRange;
  const row = used.Row + used.Rows.Count + 1;
  const cell = sheet.Range(`A${row}`);
  cell.NumberFormat = "@";
  cell.Value2 = line;
}
