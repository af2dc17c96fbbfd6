import type ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/address";
import type { Severity } from "../../src/core/check/types";
import { addRosterSheet, sampleWorkbook, workbookBytes } from "./write-workbook";

/** One cell of a pack's roster row, keyed by the pack's field key. */
export type PackCell = string | number | null;
export type PackRow = Readonly<Record<string, PackCell>>;

export interface PackColumn {
  /** The pack field this column holds. */
  readonly key: string;
  readonly header: string;
  readonly width: number;
  /** Formatted as text, as a careful clerk does for IDs, accounts and phones. */
  readonly text?: boolean;
  /** Summed in the 合计 row. */
  readonly money?: boolean;
}

/** A mistake planted in a pack's defects sample: the first unused row `where` accepts gets `changes`. */
export interface PackDefectRecipe {
  /** The issue code the checker must give, at the `flagged` field's cell and nowhere else. */
  readonly code: string;
  readonly severity: Severity;
  readonly flagged: string;
  readonly description: string;
  readonly where: (row: PackRow, index: number) => boolean;
  readonly changes: (row: PackRow, rows: readonly PackRow[]) => Readonly<Record<string, PackCell>>;
}

/** A pack's sample roster: the sheet a unit would send, and the mistakes to plant in its copy. */
export interface PackSample {
  /** The pack it is filled in for (assets/templates/<packId>.json). */
  readonly packId: string;
  /** File name without .xlsx; the defects copy adds -defects. */
  readonly stem: string;
  readonly sheetName: string;
  readonly title: string;
  /** 填报单位：… */
  readonly filler: string;
  readonly footerDate: string;
  readonly columns: readonly PackColumn[];
  readonly rows: readonly PackRow[];
  readonly defects: readonly PackDefectRecipe[];
  /** Why the 合计's SUM no longer matches the rows once the defects are in (text Excel does not add). */
  readonly totalMismatch?: string;
}

export interface PlantedPackDefect {
  readonly code: string;
  readonly severity: Severity;
  /** Where the checker should flag it, e.g. "L12". */
  readonly cell: string;
  readonly row: number;
  readonly changedCells: readonly string[];
  readonly description: string;
}

/** Title, 填报单位 line, then the header: data starts on the row after. */
export const PACK_HEADER_ROW = 3;

export function packCell(sample: PackSample, index: number, key: string): string {
  const column = sample.columns.findIndex((c) => c.key === key);
  if (column < 0) throw new Error(`${sample.stem} has no column ${key}`);
  return cellAddress(PACK_HEADER_ROW + 1 + index, column + 1);
}

/** Spoils a copy of the sample's rows; returns the copy and what was planted, in sheet order. */
export function plantPackDefects(sample: PackSample): { rows: PackRow[]; defects: PlantedPackDefect[] } {
  const rows = [...sample.rows];
  const used = new Set<number>();
  const defects = sample.defects.map((recipe): PlantedPackDefect => {
    const index = sample.rows.findIndex((row, i) => !used.has(i) && recipe.where(row, i));
    if (index < 0) throw new Error(`no row of ${sample.stem} fits the ${recipe.code} defect`);
    used.add(index);
    const changes = recipe.changes(sample.rows[index], sample.rows);
    rows[index] = { ...sample.rows[index], ...changes };
    return {
      code: recipe.code,
      severity: recipe.severity,
      cell: packCell(sample, index, recipe.flagged),
      row: PACK_HEADER_ROW + 1 + index,
      changedCells: Object.keys(changes).map((key) => packCell(sample, index, key)),
      description: recipe.description,
    };
  });
  if (sample.totalMismatch !== undefined) {
    const cell = packCell(sample, rows.length, sample.columns.find((column) => column.money)!.key);
    defects.push({ code: "total-mismatch", severity: "error", cell, row: PACK_HEADER_ROW + 1 + rows.length, changedCells: [], description: sample.totalMismatch });
  }
  return { rows, defects: defects.sort((a, b) => a.row - b.row) };
}

/** The sheet's cells: title, 填报单位 and 单位：元, header, rows, 合计 with SUM over each money column, footer. */
export function packSheetCells(sample: PackSample, rows: readonly PackRow[]): (ExcelJS.CellValue | null)[][] {
  const width = sample.columns.length;
  const line = (cells: Record<number, ExcelJS.CellValue>) => Array.from({ length: width }, (_, c) => cells[c] ?? null);
  const first = PACK_HEADER_ROW + 1;
  const last = PACK_HEADER_ROW + rows.length;
  const total: Record<number, ExcelJS.CellValue> = { 0: "合计" };
  sample.columns.forEach((column, c) => {
    if (!column.money) return;
    const result = rows.reduce((sum, row) => (typeof row[column.key] === "number" ? sum + (row[column.key] as number) : sum), 0);
    total[c] = { formula: `SUM(${cellAddress(first, c + 1)}:${cellAddress(last, c + 1)})`, result };
  });
  return [
    line({ 0: sample.title }),
    line({ 0: sample.filler, [width - 1]: "单位：元" }),
    sample.columns.map((c) => c.header),
    ...rows.map((row) => sample.columns.map((c) => row[c.key] ?? null)),
    line(total),
    line({}),
    line({ 0: "填表人：", 3: "审核人：", [width - 2]: `填报日期：${sample.footerDate}` }),
  ];
}

export async function packWorkbookBytes(sample: PackSample, rows: readonly PackRow[]): Promise<Buffer> {
  const workbook = sampleWorkbook();
  const totalRow = PACK_HEADER_ROW + rows.length + 1;
  addRosterSheet(workbook, sample.sheetName, packSheetCells(sample, rows), {
    columns: sample.columns.map((c) => ({ width: c.width, text: c.text === true })),
    headerRow: PACK_HEADER_ROW,
    lastRow: totalRow,
    boldRows: [totalRow],
    moneyColumns: sample.columns.flatMap((c, i) => (c.money ? [i + 1] : [])),
  });
  return workbookBytes(workbook);
}
