import { checkGrid } from "../../core/check/check-grid";
import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { isHeaderNotFound, noHeaderInAnySheet, sheetsToTry } from "./choose-sheet";
import type { OpenedWorkbook } from "./opened-workbook";

/** Checks the named sheet, or the first sheet whose header the template recognises. */
export function checkOpenedWorkbook(opened: OpenedWorkbook, template: Template, sheet?: string, columnMap?: ColumnMap): CheckResult {
  const tried = sheetsToTry(
    opened.sheets.map((grid) => grid.name),
    sheet,
  );
  const refusals: unknown[] = [];
  for (const name of tried) {
    const grid = opened.sheets.find((candidate) => candidate.name === name)!;
    try {
      return checkGrid(template, {
        sheet: grid.name,
        rows: grid.rows,
        firstRow: grid.firstRow,
        firstColumn: grid.firstColumn,
        hiddenRows: grid.hiddenRows,
        merges: grid.merges,
        textOnly: grid.textOnly,
        columnMap,
      });
    } catch (error) {
      // One sheet to try: the core's own message says which headers it needs.
      if (tried.length === 1 || !isHeaderNotFound(error)) throw error;
      refusals.push(error);
    }
  }
  throw noHeaderInAnySheet(opened.fileName, template, tried, refusals);
}
