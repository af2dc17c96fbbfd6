import type { CellValue } from "../cell";
import type { ArchiveRegister } from "../register/archive-register";
import type { Template } from "../template/schema";
import { startCheck } from "./check-session";
import type { ColumnMap } from "./column-map";
import type { MergedRange } from "./merged-ranges";
import type { CheckResult } from "./types";

export interface GridInput {
  readonly sheet: string;
  readonly rows: readonly (readonly (CellValue | undefined)[])[];
  /** Sheet row of rows[0]. */
  readonly firstRow?: number;
  /** Sheet column of each row's first cell. */
  readonly firstColumn?: number;
  readonly hiddenRows?: readonly number[];
  readonly today?: Date;
  readonly merges?: readonly MergedRange[];
  /** The grid came from a CSV: every cell is text. */
  readonly textOnly?: boolean;
  readonly columnMap?: ColumnMap;
  /** The 档案表 to check archive numbers against (CheckOptions.register). */
  readonly register?: ArchiveRegister;
}

/** A whole sheet already in memory (the task pane's reads, tests): one streaming pass over it. */
export function checkGrid(template: Template, input: GridInput): CheckResult {
  const { sheet, rows, firstRow = 1, firstColumn = 1, hiddenRows = [], today, merges, textOnly, columnMap, register } = input;
  const hidden = new Set(hiddenRows);
  const session = startCheck(template, { sheet, today, merges, textOnly, columnMap, register, expectedRows: rows.length });
  for (let i = 0; i < rows.length; i++) {
    const rowNumber = firstRow + i;
    // A sparse grid (holes for empty rows) is legal input.
    session.pushRow(rowNumber, rows[i] ?? [], firstColumn, hidden.has(rowNumber));
  }
  return session.finish();
}
