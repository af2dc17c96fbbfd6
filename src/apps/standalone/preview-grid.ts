import type { SheetGrid } from "../../adapters/xlsx/opened-workbook";
import type { CellValue } from "../../core/cell";

/**
 * What the sheet preview shows of a sheet: its size and a row on demand. The preview draws only
 * the rows in view, so the page never needs 200,000 rows as objects at once.
 */
export interface PreviewGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Sheet row of row(0), sheet column of each row's first cell. */
  readonly firstRow: number;
  readonly firstColumn: number;
  row(index: number): readonly CellValue[];
}

/** A grid already in memory (reading on the page's own thread, tests). */
export function previewOfGrid(grid: SheetGrid): PreviewGrid {
  return {
    rowCount: grid.rows.length,
    columnCount: widest(grid.rows),
    firstRow: grid.firstRow,
    firstColumn: grid.firstColumn,
    row: (index) => grid.rows[index] ?? [],
  };
}

export function widest(rows: readonly (readonly CellValue[])[]): number {
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.length);
  return columns;
}

/**
 * Rows as the worker sends them: batches of JSON text, cheap to receive and to keep (one string
 * each, nothing for the garbage collector to walk), parsed the first time a row in them is shown.
 */
export class BatchedPreviewGrid implements PreviewGrid {
  private readonly batches: string[] = [];
  private readonly parsed = new Map<number, CellValue[][]>();

  constructor(
    readonly rowCount: number,
    readonly columnCount: number,
    readonly firstRow: number,
    readonly firstColumn: number,
    private readonly rowsPerBatch: number,
  ) {}

  addBatch(json: string): void {
    this.batches.push(json);
  }

  row(index: number): readonly CellValue[] {
    const batch = Math.floor(index / this.rowsPerBatch);
    let rows = this.parsed.get(batch);
    if (rows === undefined) {
      const json = this.batches[batch];
      if (json === undefined) return [];
      rows = JSON.parse(json) as CellValue[][];
      this.parsed.set(batch, rows);
    }
    return rows[index - batch * this.rowsPerBatch] ?? [];
  }
}
