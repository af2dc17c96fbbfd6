import { upgradeLegacyId } from "../id/id-number";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { RowView } from "../rows/row-view";

/** The ID two rows are compared by: an old 15-digit ID as the 18-digit one it became. */
export function personKey(row: RowView): string {
  return row.idCheck === "legacy" ? upgradeLegacyId(row.idNumber) : row.idNumber;
}

/** Archive numbers compare without spaces and in half width (QZ 1001, ＱＺ1001). */
export function archiveKey(archiveNo: string): string {
  return withoutSpaces(toHalfWidth(archiveNo));
}

/** An account as compared between rows: full-width digits and spaces do not make another account. */
export function accountKey(account: string): string {
  return withoutSpaces(toHalfWidth(account));
}

/** A holder's name as compared: 张 三 and 张三 are one person. */
export function nameKey(name: string): string {
  return withoutSpaces(name);
}
