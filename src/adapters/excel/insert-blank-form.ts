import type { BlankFormSpec } from "../../core/blank-form/blank-form-spec";
import type { ExcelRun } from "./excel-run";
import { blankFormLines, freeSheetName, writableInline, type InsertedBlankForm } from "../../core/workbook/blank-form-sheets";
import { queueValidation } from "./office-validation";

/**
 * 新建报表: the blank form as a new sheet of the open workbook — title, unit line, header, text
 * format on the ID/account columns, Excel's own data validation per column, frozen header — and a
 * 填报说明 sheet beside it. Two syncs whatever the size: one for the names already taken, one for
 * everything else.
 */
export function insertBlankForm(run: ExcelRun, spec: BlankFormSpec): Promise<InsertedBlankForm> {
  return run(async (context) => {
    const existing = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(existing.items.map((sheet) => sheet.name.toLowerCase()));
    const formName = freeSheetName(spec.sheetName, taken);
    const instructionsName = freeSheetName(spec.instructionsSheet, taken);

    const form = context.workbook.worksheets.add(formName);
    const width = spec.columns.length;
    form.getRangeByIndexes(0, 0, 2, 1).values = [[spec.title], [spec.unitLine]];
    const header = form.getRangeByIndexes(spec.headerRow - 1, 0, 1, width);
    header.values = [spec.columns.map((column) => column.header)];
    const rows = spec.lastDataRow - spec.firstDataRow + 1;
    for (const column of spec.columns) {
      const cells = form.getRangeByIndexes(spec.firstDataRow - 1, column.column - 1, rows, 1);
      if (column.textFormat) cells.numberFormat = Array.from({ length: rows }, () => ["@"]);
      if (writableInline(column)) queueValidation(cells, column.validation);
    }
    header.format.autofitColumns();
    form.freezePanes.freezeRows(spec.headerRow);

    const { lines, listsLeftOut } = blankFormLines(spec);
    const instructions = context.workbook.worksheets.add(instructionsName);
    instructions.getRangeByIndexes(0, 0, lines.length, 1).values = lines.map((line) => [line]);
    form.activate();
    await context.sync();
    return { sheet: formName, instructionsSheet: instructionsName, listsLeftOut };
  });
}
