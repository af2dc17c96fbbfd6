import { cellAddress } from "../../core/address";
import { blankColumns, DEFAULT_BLANK_ROWS } from "../../core/blank-form/blank-form-spec";
import { findHeader } from "../../core/check/find-header";
import { headerNotFound } from "../../core/check/header-not-found";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { SheetRow } from "../../core/rows/sheet-row";
import { compileTemplate } from "../../core/template/compile-template";
import type { Template } from "../../core/template/schema";
import type { AddedFillRules } from "../../core/ports/form-writer";
import { toCellValue } from "../../core/workbook/host-cell-value";
import type { ExcelRun } from "./excel-run";
import { asFillRulesLedger, FILL_RULES_NAMESPACE, withSheet, type FillRulesLedger } from "../../core/workbook/fill-rules-ledger";
import { writableInline } from "../../core/workbook/blank-form-sheets";
import { queueValidation } from "./office-validation";
import { readXmlJson } from "./xml-part-store";

/**
 * 加上填写规则: the blank form's validation written onto the roster open on the active sheet, its
 * columns found by their headers as the check finds them, down to the last used row and
 * `extraRows` more for rows still to come. Excel then checks as the clerk types — `onChanged`
 * misses dropdown picks, its own validation does not. Re-running replaces what it added before.
 * Syncs: the ledger (one, two if present) with the sheet's extent, the header window, the
 * columns' current validation, the writes.
 */
export function addFillRules(run: ExcelRun, template: Template, extraRows = DEFAULT_BLANK_ROWS): Promise<AddedFillRules> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    const stored = await readXmlJson(context, FILL_RULES_NAMESPACE);
    const ledger = asFillRulesLedger(stored.value);
    const compiled = compileTemplate(template);
    if (used.isNullObject) throw headerNotFound(compiled, sheet.name, []);

    for (const range of ledger.sheets[sheet.name] ?? []) sheet.getRange(range).dataValidation.clear();
    const window = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(used.rowCount, HEADER_WINDOW), used.columnCount).load("values");
    await context.sync();
    const rows: SheetRow[] = window.values
      .map((cells, i) => ({ rowNumber: used.rowIndex + 1 + i, cells: cells.map(toCellValue), firstColumn: used.columnIndex + 1, hidden: false }))
      .filter((row) => row.cells.some((cell) => cell !== null));
    const match = findHeader(template, rows);
    if (match === null) throw headerNotFound(compiled, sheet.name, rows);

    const firstRow = Math.max(...match.headerRows) + 1;
    const lastRow = Math.max(used.rowIndex + used.rowCount, firstRow - 1) + extraRows;
    const targets = blankColumns(template)
      .filter((column) => column.validation !== null && match.columns[column.key] !== undefined)
      .map((column) => {
        const sheetColumn = match.columns[column.key]!;
        const range = sheet.getRangeByIndexes(firstRow - 1, sheetColumn - 1, lastRow - firstRow + 1, 1);
        return { column, address: `${cellAddress(firstRow, sheetColumn)}:${cellAddress(lastRow, sheetColumn)}`, range, current: range.dataValidation.load("type") };
      });
    await context.sync();

    const keptOwn: string[] = [];
    const listsLeftOut: string[] = [];
    const added: { header: string; address: string }[] = [];
    for (const { column, address, range, current } of targets) {
      if (current.type !== "None") keptOwn.push(column.header);
      else if (!writableInline(column)) listsLeftOut.push(column.header);
      else {
        queueValidation(range, column.validation);
        added.push({ header: column.header, address });
      }
    }
    stored.replace(withSheet(ledger, sheet.name, added.map((entry) => entry.address)));
    await context.sync();
    return { sheet: sheet.name, added: added.map((entry) => entry.header), lastRow, keptOwn, listsLeftOut };
  });
}

/**
 * 清除 (填写规则): removes from the active sheet exactly the validation 加上填写规则 added there,
 * and nothing the clerk set. Returns how many column ranges were cleared (0: nothing of ours).
 */
export function clearFillRules(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const stored = await readXmlJson(context, FILL_RULES_NAMESPACE);
    const ledger: FillRulesLedger = asFillRulesLedger(stored.value);
    const ranges = ledger.sheets[sheet.name] ?? [];
    if (ranges.length === 0) return 0;
    for (const range of ranges) sheet.getRange(range).dataValidation.clear();
    const rest = withSheet(ledger, sheet.name, []);
    if (Object.keys(rest.sheets).length === 0) stored.remove();
    else stored.replace(rest);
    await context.sync();
    return ranges.length;
  });
}
