import { cellAddress } from "../../core/address";
import type { BlankFormSpec } from "../../core/blank-form/blank-form-spec";
import { blankFormLines, freeSheetName, writableInline, type InsertedBlankForm } from "../../core/workbook/blank-form-sheets";
import type { EtWorkbook } from "./et-api";
import { applyValidation } from "./et-validation";
import { addSheet, sheetsOf } from "./workbook-sheets";

/** 新建报表 in WPS: the blank form and its 填报说明 as new sheets, as the Excel adapter writes them. */
export function insertWpsBlankForm(workbook: EtWorkbook, spec: BlankFormSpec): InsertedBlankForm {
  const taken = new Set(sheetsOf(workbook).map((entry) => entry.name.toLowerCase()));
  const formName = freeSheetName(spec.sheetName, taken);
  const instructionsName = freeSheetName(spec.instructionsSheet, taken);
  const form = addSheet(workbook, formName);
  form.Range("A1:A2").Value2 = [[spec.title], [spec.unitLine]];
  form.Range(`${cellAddress(spec.headerRow, 1)}:${cellAddress(spec.headerRow, spec.columns.length)}`).Value2 = [spec.columns.map((column) => column.header)];
  for (const column of spec.columns) {
    const cells = form.Range(`${cellAddress(spec.firstDataRow, column.column)}:${cellAddress(spec.lastDataRow, column.column)}`);
    if (column.textFormat) cells.NumberFormat = "@";
    if (writableInline(column)) applyValidation(cells, column.validation);
  }
  const { lines, listsLeftOut } = blankFormLines(spec);
  const instructions = addSheet(workbook, instructionsName);
  instructions.Range(`A1:A${lines.length}`).Value2 = lines.map((line) => [line]);
  form.Activate();
  return { sheet: formName, instructionsSheet: instructionsName, listsLeftOut };
}
