import type { EtRange } from "./et-api";

/**
 * A range's `Value2` as rows of cells. VBA hands a multi-cell range back as a 2-D array; for one
 * cell it is the bare value. WPS is documented only by example, so a scalar is wrapped as [[v]]
 * and a flat array (one row) as [row]: the reader never indexes into a shape it did not get.
 */
export function values2d(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > 0 && !Array.isArray(value[0])) return [value];
  return value as unknown[][];
}

export interface Area {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Where a range lies: four calls. */
export function areaOf(range: EtRange): Area {
  return { top: range.Row, left: range.Column, rows: range.Rows.Count, columns: range.Columns.Count };
}
