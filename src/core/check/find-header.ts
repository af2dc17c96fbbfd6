import { NO_COLUMN_MAP, type ColumnMap } from "./column-map";
import { detectHeader, type HeaderMatch } from "../header/detect-header";
import type { SheetRow } from "../rows/sheet-row";
import { compileTemplate } from "../template/compile-template";
import type { Template } from "../template/schema";
import { HEADER_WINDOW } from "./header-window";

/**
 * The header a check session will find in these rows (the sheet's first non-blank rows, in order),
 * for a host that must read more of a column than its values (the amount column's number format,
 * to tell a date from a sum) before it hands the rows over. Null where the session would find none.
 */
export function findHeader(template: Template, rows: readonly SheetRow[], columnMap: ColumnMap = NO_COLUMN_MAP): HeaderMatch | null {
  if (rows.length === 0) return null;
  const end = rows[0].rowNumber + HEADER_WINDOW;
  return detectHeader(compileTemplate(template), rows.filter((row) => row.rowNumber < end), columnMap);
}
