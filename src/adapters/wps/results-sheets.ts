import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { tallyLabels } from "../../core/subtotals/tally-labels";
import { ISSUE_HEADER, groupSubtotalRows, issueRows, moneyAsNumbers, regionSubtotalRows, resultsSheetName, type SheetFirstRow, type TableRow } from "../../core/workbook/results-tables";
import { ISSUES_SHEET, resultsNameOf, SUBTOTALS_SHEET } from "../../core/workbook/sheet-names";
import type { ResultSheetNames } from "../../core/ports/workbook-host";
import type { EtWorkbook } from "./et-api";
import { values2d } from "./values";
import { addSheet, findSheet, sheetsOf, writeRows } from "./workbook-sheets";

/** Every sheet's name, with A1:C1 of those named like results sheets (whose they are). */
export function wpsSheetFirstRows(workbook: EtWorkbook): SheetFirstRow[] {
  return sheetsOf(workbook).map(({ name, sheet }) => ({ name, firstRow: resultsNameOf(name) === null ? null : (values2d(sheet.Range("A1:C1").Value2)[0] ?? []) }));
}

/**
 * Each sheet emptied (or added) and written from A1; returns the names written: a results sheet
 * goes under name(2)… when a clerk's sheet has its name (resultsSheetName), which is never touched.
 * Emptied rather than deleted and added again: deleting a sheet may ask the clerk to confirm in WPS.
 */
export function replaceWpsSheets(workbook: EtWorkbook, tables: readonly (readonly [string, readonly TableRow[]])[]): string[] {
  const sheets = wpsSheetFirstRows(workbook);
  return tables.map(([wanted, rows]) => {
    const name = resultsSheetName(wanted, sheets);
    const existing = findSheet(workbook, name);
    if (existing !== null) existing.UsedRange.Clear();
    writeRows(existing ?? addSheet(workbook, name), rows);
    return name;
  });
}

/** 校验结果 (one line per issue, values masked) and 分地区汇总, as the Excel adapter writes them. */
export function writeWpsResultSheets(workbook: EtWorkbook, result: CheckResult, template: Template): ResultSheetNames {
  const labels = tallyLabels(template);
  const [issues, subtotals] = replaceWpsSheets(workbook, [
    [ISSUES_SHEET, [ISSUE_HEADER, ...issueRows(result, template)]],
    [SUBTOTALS_SHEET, [...regionSubtotalRows(result, moneyAsNumbers, labels), [], ...groupSubtotalRows(result, moneyAsNumbers, labels)]],
  ]);
  return { issues, subtotals };
}

/** The check could not run: 校验结果 holds only the reason. Returns the sheet written. */
export function writeWpsFailureNotice(workbook: EtWorkbook, line: string): string {
  const [issuesSheet] = replaceWpsSheets(workbook, [[ISSUES_SHEET, [["校验提示"], [line]]]]);
  return issuesSheet;
}

/** The results stand but something around them failed: one line under the table (the sheet written, `issuesSheet`). */
export function appendWpsNotice(workbook: EtWorkbook, issuesSheet: string, line: string): void {
  const sheet = findSheet(workbook, issuesSheet);
  if (sheet === null) {
    writeWpsFailureNotice(workbook, line);
    return;
  }
  const used = sheet.UsedRange;
  const row = used.Row + used.Rows.Count + 1;
  const cell = sheet.Range(`A${row}`);
  cell.NumberFormat = "@";
  cell.Value2 = line;
}
