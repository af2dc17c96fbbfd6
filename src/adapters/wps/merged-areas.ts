import { cellAddress } from "../../core/address";
import { parseMergedRange, type MergedRange } from "../../core/check/merged-ranges";
import type { EtWorksheet } from "./et-api";
import type { Area } from "./values";

/**
 * The merged areas over `area` (a 地区 typed once over its block, group headings over a two-row
 * header), for what Excel's getMergedAreasOrNullObject gives in one call. The ET model has no such
 * list: Range.MergeCells says whether a range holds merged cells (false: none; true: all; null:
 * some) and a single cell's MergeArea is the merge around it. So the area is split into columns,
 * and a column into halves, only where MergeCells is not false; a column whose cells are all merged
 * is walked merge by merge. A sheet without merges costs one call; the calls grow with the number
 * of merges, not the rows. A merge reaching outside the area is given whole, as Excel gives it.
 */
export function wpsMergedAreas(sheet: EtWorksheet, area: Area): MergedRange[] {
  const found = new Map<string, MergedRange>();
  const mergeCells = (top: number, left: number, bottom: number, right: number) => {
    const first = cellAddress(top, left);
    const last = cellAddress(bottom, right);
    return sheet.Range(first === last ? first : `${first}:${last}`).MergeCells;
  };
  /** The merge around one cell that MergeCells said is merged. */
  const mergeAround = (row: number, column: number): MergedRange => {
    const merge = parseMergedRange(sheet.Range(cellAddress(row, column)).MergeArea.Address(false, false)) ?? { top: row, left: column, bottom: row, right: column };
    // MergeArea of a cell outside any merge is the cell itself: not a merge.
    if (merge.bottom > merge.top || merge.right > merge.left) found.set(`${merge.top}:${merge.left}`, merge);
    return merge;
  };
  const visitColumn = (column: number, top: number, bottom: number): void => {
    while (top <= bottom) {
      const merged = mergeCells(top, column, bottom, column);
      if (merged === false) return;
      if (top === bottom || merged === true) {
        // The top cell is merged (every cell is): take its merge and carry on below it.
        top = Math.max(top, mergeAround(top, column).bottom) + 1;
        continue;
      }
      const half = top + Math.floor((bottom - top + 1) / 2);
      visitColumn(column, top, half - 1);
      top = half;
    }
  };
  const visit = (left: number, right: number): void => {
    const bottom = area.top + area.rows - 1;
    if (mergeCells(area.top, left, bottom, right) === false) return;
    if (left === right) return visitColumn(left, area.top, bottom);
    const half = left + Math.floor((right - left + 1) / 2);
    visit(left, half - 1);
    visit(half, right);
  };
  if (area.rows > 0 && area.columns > 0) visit(area.left, area.left + area.columns - 1);
  return [...found.values()];
}
