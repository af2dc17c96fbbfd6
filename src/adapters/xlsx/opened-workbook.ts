import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import type { MergedRange } from "../../core/check/merged-ranges";

/** One worksheet's values as the core reads them (see docs/architecture.md). */
export interface SheetGrid {
  readonly name: string;
  /** rows[0] is sheet row `firstRow`; cells[0] is sheet column `firstColumn`. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Sheet rows hidden by hand or by a filter. */
  readonly hiddenRows: readonly number[];
  /** The sheet's merged areas; the rows values keep a merge's value in its top-left cell only. */
  readonly merges?: readonly MergedRange[];
  /** Read from a CSV: every cell is text, so a text amount is no sign of a SUM missing it. */
  readonly textOnly?: boolean;
}

export interface OpenedWorkbook {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
  /** The parsed workbook. The annotated copy and the 公示版 are no longer made from it but from the file's bytes (xlsx/package/). */
  readonly workbook: ExcelJS.Workbook;
}
