import { cellText } from "../rows/cell-text";
import { cellAt, type SheetRow } from "../rows/sheet-row";

/** 学生情况, 家长信息: the group is 学生, 家长. */
const GROUP_SUFFIX = /(?:基本)?(?:情况|信息)$/;

/**
 * A two-row header whose second row repeats 姓名 / 身份证号码 under merged group cells (学生 | 家长,
 * 申请人 | 配偶): the heading of each lower cell read with its group in front (学生姓名, 家长身份证号码),
 * or null where there is no group above. A merged group cell holds its text in its first column only,
 * so a group runs right until the next upper cell.
 */
export function groupedHeadings(upper: SheetRow, lower: SheetRow): Map<number, string> {
  const headings = new Map<number, string>();
  const first = Math.min(upper.firstColumn, lower.firstColumn);
  const end = Math.max(upper.firstColumn + upper.cells.length, lower.firstColumn + lower.cells.length);
  let group = "";
  for (let column = first; column < end; column++) {
    const above = cellText(cellAt(upper, column));
    const own = cellText(cellAt(lower, column));
    if (above !== "") group = own === "" ? "" : above.replace(GROUP_SUFFIX, "");
    if (own !== "" && group !== "" && group !== own) headings.set(column, `${group}${own}`);
  }
  return headings;
}
