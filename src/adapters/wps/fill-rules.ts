import { cellAddress } from "../../core/address";
import { blankColumns, DEFAULT_BLANK_ROWS } from "../../core/blank-form/blank-form-spec";
import { findHeader } from "../../core/check/find-header";
import { headerNotFound } from "../../core/check/header-not-found";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { SheetRow } from "../../core/rows/sheet-row";
import { compileTemplate } from "../../core/template/compile-template";
import type { Template } from "../../core/template/schema";
import { toCellValue } from "../../core/workbook/host-cell-value";
import type { AddedFillRules } from "../../core/ports/form-writer";
import { asFillRulesLedger, withSheet } from "../../core/workbook/fill-rules-ledger";
import { writableInline } from "../../core/workbook/blank-form-sheets";
import type { EtWorkbook, EtWorksheet } from "./et-api";
import { applyValidation, hasValidation } from "./et-validation";
import { readLedgers, writeLedgers } from "./ledger-sheet";
import { areaOf, values2d } from "./values";

/**
 * 加上填写规则 in WPS: the blank form's validation on the roster of the active sheet, as the Excel
 * adapter does (same columns, same rows, the clerk's own validation kept), remembered on the
 * ledger sheet so 清除 removes exactly that.
 */
export function addWpsFillRules(workbook: EtWorkbook, sheet: EtWorksheet, template: Template, extraRows = DEFAULT_BLANK_ROWS): AddedFillRules {
  const name = sheet.Name;
  const stored = readLedgers(workbook);
  const ledger = asFillRulesLedger(stored.fillRules);
  for (const range of ledger.sheets[name] ?? []) sheet.Range(range).Validation.Delete();
  const area = areaOf(sheet.UsedRange);
  const windowRows = Math.min(area.rows, HEADER_WINDOW);
  const window = values2d(sheet.Range(`${cellAddress(area.top, area.left)}:${cellAddress(area.top + windowRows - 1, area.left + area.columns - 1)}`).Value2);
  const rows: SheetRow[] = window
    .map((cells, i) => ({ rowNumber: area.top + i, cells: cells.map(toCellValue), firstColumn: area.left, hidden: false }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  const match = findHeader(template, rows);
  if (match === null) throw headerNotFound(compileTemplate(template), name, rows);

  const firstRow = Math.max(...match.headerRows) + 1;
  const lastRow = Math.max(area.top + area.rows - 1, firstRow - 1) + extraRows;
  const keptOwn: string[] = [];
  const listsLeftOut: string[] = [];
  const added: { header: string; address: string }[] = [];
  for (const column of blankColumns(template)) {
    const sheetColumn = match.columns[column.key];
    if (column.validation === null || sheetColumn === undefined) continue;
    const address = `${cellAddress(firstRow, sheetColumn)}:${cellAddress(lastRow, sheetColumn)}`;
    const range = sheet.Range(address);
    if (hasValidation(range)) keptOwn.push(column.header);
    else if (!writableInline(column)) listsLeftOut.push(column.header);
    else {
      applyValidation(range, column.validation);
      added.push({ header: column.header, address });
    }
  }
  writeLedgers(workbook, { ...stored, fillRules: withSheet(ledger, name, added.map((entry) => entry.address)) });
  return { sheet: name, added: added.map((entry) => entry.header), lastRow, keptOwn, listsLeftOut };
}

/** 清除 (填写规则): exactly the validation 加上填写规则 added to the sheet; returns how many ranges. */
export function clearWpsFillRules(workbook: EtWorkbook, sheet: EtWorksheet): number {
  const name = sheet.Name;
  const stored = readLedgers(workbook);
  const ledger = asFillRulesLedger(stored.fillRules);
  const ranges = ledger.sheets[name] ?? [];
  if (ranges.length === 0) return 0;
  for (const range of ranges) sheet.Range(range).Validation.Delete();
  writeLedgers(workbook, { ...stored, fillRules: withSheet(ledger, name, []) });
  return ranges.length;
}
