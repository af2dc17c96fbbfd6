import { columnMapKey, mappedField, NO_COLUMN_MAP, type ColumnMap } from "../check/column-map";
import { foldHeader } from "./fold-header";
import type { FieldKey } from "../fields";
import { cellText } from "../rows/cell-text";
import { cellAt, type SheetRow } from "../rows/sheet-row";
import type { CompiledTemplate } from "../template/compile-template";
import { detectHeader, matchHeaderCell } from "./detect-header";
import { groupedHeadings } from "./group-headings";

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
  const grouped = upper === null ? new Map<number, string>() : groupedHeadings(upper, lower);
  const lowerTexts = lower.cells.map(cellText);
  for (const column of columnsOf(lower, upper)) {
    const own = cellText(cellAt(lower, column));
    const withGroup = grouped.get(column);
    // 姓名 twice (under 学生 and under 家长) is two columns: each keeps its group, so mapping one never maps the other.
    const repeated = own !== "" && lowerTexts.filter((text) => text === own).length > 1;
    const named = withGroup !== undefined && (mappedField(columnMap, foldHeader(withGroup).text) !== undefined || matchHeaderCell(compiled, withGroup, columnMap) !== null);
    const text = named || (withGroup !== undefined && repeated) ? withGroup! : own || (upper === null ? "" : cellText(cellAt(upper, column)));
    if (text === "") continue;
    // A field keeps its first column, as the check reads it: a second 姓名 column is not checked.
    const match = matchHeaderCell(compiled, named || own === "" ? text : own, columnMap);
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
  if (best === null) return null;
  return secondHeaderRow(rows, best.row) ? [best.row, best.row + 1] : [best.row];
}

/**
 * The row under a likeliest header is its second row when it holds text only under the header's
 * empty or group cells (姓名 / 身份证号码 under merged 学生 | 家长) — no data row leaves the columns
 * under 地区 or 资助金额 empty while filling the others.
 */
function secondHeaderRow(rows: readonly SheetRow[], row: number): boolean {
  const upper = rows.find((r) => r.rowNumber === row);
  const lower = rows.find((r) => r.rowNumber === row + 1);
  if (upper === undefined || lower === undefined) return false;
  const filled = (r: SheetRow, column: number) => cellText(cellAt(r, column)) !== "";
  const lowerColumns = lower.cells.flatMap((cell, i) => (cellText(cell) === "" ? [] : [lower.firstColumn + i]));
  // Each lower cell sits under an empty (merged) upper cell, or starts a group that spans on.
  const underGroups = lowerColumns.every((column) => !filled(upper, column) || (!filled(upper, column + 1) && filled(lower, column + 1)));
  return lowerColumns.length >= 2 && underGroups;
}

function columnsOf(lower: SheetRow, upper: SheetRow | null): number[] {
  const first = Math.min(lower.firstColumn, upper?.firstColumn ?? lower.firstColumn);
  const end = Math.max(lower.firstColumn + lower.cells.length, upper === null ? 0 : upper.firstColumn + upper.cells.length);
  return Array.from({ length: end - first }, (_, i) => first + i);
}
