/**
 * The naive way an add-in talks to Excel, kept as the yardstick for the adapter's round trips:
 * one sync per sheet row to read, one sync per cell to fill. Same work, same results.
 */
import { toCellValue } from "../src/core/workbook/host-cell-value";
import type { ExcelRun } from "../src/adapters/excel/excel-run";
import { ERROR_FILL, WARNING_FILL } from "../src/core/workbook/marks";
import { startCheck } from "../src/core/check/check-session";
import type { CheckResult } from "../src/core/check/types";
import type { Template } from "../src/core/template/schema";

/** Reads the used range's extent, then each row in its own request, into the core's session. */
export function naiveCheck(run: ExcelRun, template: Template, sheetName: string): Promise<CheckResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const session = startCheck(template, { sheet: sheetName });
    for (let r = used.rowIndex; r < used.rowIndex + used.rowCount; r++) {
      const row = sheet.getRangeByIndexes(r, used.columnIndex, 1, used.columnCount).load("values");
      await context.sync();
      session.pushRow(r + 1, row.values[0].map(toCellValue), used.columnIndex + 1);
    }
    return session.finish();
  });
}

/** Fills each flagged cell (red if any of its issues is an error) with one request per cell. */
export function naiveHighlight(run: ExcelRun, result: CheckResult): Promise<void> {
  const colours = new Map<string, string>();
  for (const issue of result.issues) {
    if (issue.severity === "error" || !colours.has(issue.cell)) colours.set(issue.cell, issue.severity === "error" ? ERROR_FILL : WARNING_FILL);
  }
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(result.sheet);
    for (const [address, colour] of colours) {
      sheet.getRange(address).format.fill.color = colour;
      await context.sync();
    }
  });
}
