import type { SheetRow } from "../rows/sheet-row";
import { cellText, toHalfWidth } from "../rows/cell-text";

/** 填报单位：… or 单位名称：…, a 盖章 note in brackets allowed before the colon. */
const UNIT_LABEL = /^(?:填报单位|单位名称)\s*(?:\([^)]*\))?\s*:\s*(.*)$/;
/** The same line often ends in the money unit (单位：元) after a run of spaces. */
const LINE_TAIL = /\s{2,}.*$|\s*单位\s*:.*$/;

/**
 * The 填报单位 a sheet names on a line above its header, or "": the first cell reading
 * 填报单位：X, or, with nothing after the colon, the next filled cell of that line.
 */
export function fillingUnitOf(rowsAboveHeader: readonly SheetRow[]): string {
  for (const row of rowsAboveHeader) {
    const texts = row.cells.map((cell) => toHalfWidth(cellText(cell)));
    for (let i = 0; i < texts.length; i++) {
      const label = UNIT_LABEL.exec(texts[i]);
      if (label === null) continue;
      const inCell = label[1].replace(LINE_TAIL, "").trim();
      if (inCell !== "") return inCell;
      const next = texts.slice(i + 1).find((text) => text !== "");
      if (next !== undefined && !/^单位\s*:/.test(next)) return next.replace(LINE_TAIL, "").trim();
    }
  }
  return "";
}

/** The number a folder's files are given to keep them in order (01-, 02_, 3., 12、), not part of the unit's name. */
const ORDER_PREFIX = /^\d{1,3}\s*[-_.、．]\s*(?=\S)/;

/**
 * The unit a submission reports for: its own line, else the file's name without extension and
 * ordering number (03-巴里坤县.xlsx reports for 巴里坤县), else the sheet's name.
 */
export function submissionUnit(fillingUnit: string | undefined, fileName: string | undefined, sheet: string): string {
  if (fillingUnit) return fillingUnit;
  const base = fileName?.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "").trim().replace(ORDER_PREFIX, "");
  return base || sheet;
}
