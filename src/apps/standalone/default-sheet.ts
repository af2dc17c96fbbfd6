import type { VisibleGrid } from "../../adapters/xlsx/sheet-grids";
import { NOT_ROSTER_SHEETS, resultsNameOf } from "../../core/workbook/sheet-names";
import { checkGrid } from "../../core/check/check-grid";
import { HEADER_WINDOW } from "../../core/check/header-window";
import type { Template } from "../../core/template/schema";

/**
 * Sheets the clerk can pick: visible ones, without the results sheets a previous check added (or a
 * copy of them: 校验结果 (2)) or the settings sheet — but with the sheet the page chose, when that is a roster a clerk named 校验结果.
 */
export function checkableSheets(grids: readonly Pick<VisibleGrid, "name" | "visibility">[], chosen?: string): string[] {
  const names = grids.filter((grid) => grid.visibility === "visible" && !NOT_ROSTER_SHEETS.includes(grid.name) && resultsNameOf(grid.name) === null).map((grid) => grid.name);
  return chosen !== undefined && resultsNameOf(chosen) !== null && !names.includes(chosen) ? [...names, chosen] : names;
}

/**
 * The sheet a check would pick: the first checkable one whose first rows hold a header the
 * template recognises (only those rows are looked at, so opening a big file stays quick).
 */
export function defaultSheet(grids: readonly VisibleGrid[], template: Template): string {
  const names = checkableSheets(grids);
  // A sheet named like the results sheets comes last: a roster only when no other sheet is one (check-roster-sheets.ts).
  const resultsNamed = grids.filter((grid) => grid.visibility === "visible" && resultsNameOf(grid.name) !== null).map((grid) => grid.name);
  const found = [...names, ...resultsNamed].find((name) => hasRosterHeader(grids.find((candidate) => candidate.name === name)!, template));
  return found ?? names[0] ?? grids[0]?.name ?? "";
}

/** Whether the template recognises a header in the sheet's first rows (only those are looked at, so it stays quick). */
export function hasRosterHeader(grid: Pick<VisibleGrid, "name" | "rows" | "firstRow">, template: Template): boolean {
  try {
    checkGrid(template, { sheet: grid.name, rows: grid.rows.slice(0, HEADER_WINDOW), firstRow: grid.firstRow });
    return true;
  } catch {
    return false;
  }
}
