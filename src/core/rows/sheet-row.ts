import type { CellValue } from "../cell";

/** One sheet row as an adapter hands it over: cells[0] is column `firstColumn`. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: readonly (CellValue | undefined)[];
  readonly firstColumn: number;
  readonly hidden: boolean;
}

export function cellAt(row: SheetRow, column: number): CellValue | undefined {
  return row.cells[column - row.firstColumn];
}

