import type { BlankFormSpec } from "../../core/blank-form/blank-form-spec";
import type { ExcelRun } from "./excel-run";
import { queueValidation, writableInExcel } from "./office-validation";

export interface InsertedBlankForm {
  readonly sheet: string;
  readonly instructionsSheet: string;
  /** Headers whose dropdown Office.js could not take inline (too long): said on 填报说明 too, never dropped silently. */
  readonly listsLeftOut: readonly string[];
}

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
      if (writableInExcel(column)) queueValidation(cells, column.validation);
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

/** The 填报说明 sheet's lines, and the dropdowns too long to be inline (said there, never dropped silently). */
export function blankFormLines(spec: BlankFormSpec): { lines: string[]; listsLeftOut: string[] } {
  const listsLeftOut = spec.columns.filter((column) => column.validation && !writableInExcel(column)).map((column) => column.header);
  const leftOutLine = listsLeftOut.length > 0 ? [`注意：${listsLeftOut.join("、")}的选项超过下拉列表的 255 字上限，本表未加下拉；请按上面的说明填写。`] : [];
  return { lines: [`${spec.title} 填报说明`, "", ...spec.instructions, ...leftOutLine], listsLeftOut };
}

/** `name`, else `name (2)`, `name (3)`…, within Excel's 31 characters; the name is then taken. */
export function freeSheetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = name.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
