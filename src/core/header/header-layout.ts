import { columnMapKey, NO_COLUMN_MAP, type ColumnMap } from "../check/column-map";
import type { FieldKey } from "../fields";
import { cellText } from "../rows/cell-text";
import { cellAt, type SheetRow } from "../rows/sheet-row";
import type { CompiledTemplate } from "../template/compile-template";
import { detectHeader, matchHeaderCell } from "./detect-header";

export interface HeaderColumn {
  /** Sheet column, 1-based. */
  readonly column: number;
  /** The header cell's text as written (the upper cell's where a two-row header's lower cell is empty). */
  readonly text: string;
  /** Its key in a ColumnMap. */
  readonly key: string;
  /** The field the check reads from this column; null: the column is not checked. */
  readonly field: FieldKey | null;
}

/** What the 列对应 view shows: the header row, each column's field, and what is still missing. */
export interface HeaderLayout {
  readonly headerRows: readonly number[];
  readonly columns: readonly HeaderColumn[];
  /** Fields a header must have (required ones, name and amount) that no column holds yet. */
  readonly missing: readonly FieldKey[];
  /** Columns with a header the template does not know and the clerk has not mapped: never checked. */
  readonly unknown: readonly HeaderColumn[];
}

/**
 * The header as the check sees it with this column map: the detected header, or where there is
 * none (a required field not found) the row in these rows naming the most fields, so the clerk can
 * map the rest. Null when the rows hold no text at all.
 */
export function headerLayout(compiled: CompiledTemplate, rows: readonly SheetRow[], columnMap: ColumnMap = NO_COLUMN_MAP): HeaderLayout | null {
  const found = detectHeader(compiled, rows, columnMap);
  const headerRows = found?.headerRows ?? likeliestHeaderRow(compiled, rows, columnMap);
  if (headerRows === null) return null;
  const lower = rows.find((row) => row.rowNumber === headerRows[headerRows.length - 1])!;
  const upper = headerRows.length > 1 ? rows.find((row) => row.rowNumber === headerRows[0])! : null;
  const taken = new Set<FieldKey>();
  const columns: HeaderColumn[] = [];
  for (const column of columnsOf(lower, upper)) {
    const text = cellText(cellAt(lower, column)) || (upper === null ? "" : cellText(cellAt(upper, column)));
    if (text === "") continue;
    // A field keeps its first column, as the check reads it: a second 姓名 column is not checked.
    const match = matchHeaderCell(compiled, text, columnMap);
    const field = match === null || taken.has(match.field) ? null : match.field;
    if (field !== null) taken.add(field);
    columns.push({ column, text, key: columnMapKey(text), field });
  }
  return {
    headerRows,
    columns,
    missing: compiled.headerFields.filter((key) => !taken.has(key)),
    unknown: columns.filter((column) => column.field === null && !Object.prototype.hasOwnProperty.call(columnMap, column.key)),
  };
}

/** The row naming the most fields (the earliest on a tie), else the row with the most text. */
function likeliestHeaderRow(compiled: CompiledTemplate, rows: readonly SheetRow[], columnMap: ColumnMap): number[] | null {
  let best: { row: number; fields: number; texts: number } | null = null;
  for (const row of rows) {
    const texts = row.cells.map((cell) => cellText(cell)).filter((text) => text !== "");
    const fields = new Set(texts.flatMap((text) => matchHeaderCell(compiled, text, columnMap)?.field ?? [])).size;
    if (texts.length === 0) continue;
    if (best === null || fields > best.fields || (fields === best.fields && fields === 0 && texts.length > best.texts)) {
      best = { row: row.rowNumber, fields, texts: texts.length };
    }
  }
  return best === null ? null : [best.row];
}

function columnsOf(lower: SheetRow, upper: SheetRow | null): number[] {
  const first = Math.min(lower.firstColumn, upper?.firstColumn ?? lower.firstColumn);
  const end = Math.max(lower.firstColumn + lower.cells.length, upper === null ? 0 : upper.firstColumn + upper.cells.length);
  return Array.from({ length: end - first }, (_, i) => first + i);
}
