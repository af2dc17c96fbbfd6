import { mappedField, NO_COLUMN_MAP, type ColumnMap } from "../check/column-map";
import type { FieldKey } from "../fields";
import type { AmountScale } from "../rows/parse-amount";
import { cellAt, type SheetRow } from "../rows/sheet-row";
import { cellText } from "../rows/cell-text";
import type { CompiledTemplate } from "../template/compile-template";
import { foldHeader, unitLineScale } from "./fold-header";
import { groupedHeadings } from "./group-headings";

export interface HeaderMatch {
  /** One row, or two for a header with merged group cells above. */
  readonly headerRows: readonly number[];
  /** Sheet column of each recognised field. */
  readonly columns: Readonly<Partial<Record<FieldKey, number>>>;
  readonly amountScale: AmountScale;
  /** The heading or a 单位 line above said the unit (元 or 万元); otherwise it is the pack's default, taken on trust. */
  readonly amountUnitStated: boolean;
}

interface Candidate {
  readonly headerRows: number[];
  readonly columns: Partial<Record<FieldKey, number>>;
  readonly score: number;
  readonly scale: AmountScale | null;
  /** Alias matches in the lower row's own cells. */
  readonly lowerOwn: number;
}

export interface HeaderCellMatch {
  readonly field: FieldKey;
  readonly scale: AmountScale | null;
  /** Lower is more specific (the clerk's 列对应 and the field's label are 0). */
  readonly rank: number;
}

/** The field a header cell names (the clerk's column map first), and the unit it carries. */
export function matchHeaderCell(compiled: CompiledTemplate, text: string, columnMap: ColumnMap = NO_COLUMN_MAP): HeaderCellMatch | null {
  if (text === "") return null;
  const folded = foldHeader(text);
  const choice = mappedField(columnMap, folded.text);
  if (choice === null) return null; // 不校验, even where the header is a known alias
  if (choice !== undefined) return { field: choice, scale: folded.scale, rank: 0 };
  const key = compiled.aliases.has(folded.text) ? folded.text : folded.bare;
  const field = compiled.aliases.get(key);
  return field === undefined ? null : { field, scale: folded.scale, rank: compiled.aliasRanks.get(key) ?? 0 };
}

/**
 * The header among the rows above the table: the row (or pair of rows) naming the most fields,
 * which must include the template's header fields. Ties go to the earliest, so the header a
 * printed sheet repeats further down is never taken for the first.
 */
export function detectHeader(
  compiled: CompiledTemplate,
  rows: readonly SheetRow[],
  columnMap: ColumnMap = NO_COLUMN_MAP,
): HeaderMatch | null {
  let best: Candidate | null = null;
  for (let i = 0; i < rows.length; i++) {
    const single = matchRows(compiled, null, rows[i], columnMap);
    let candidate = single;
    const above = i > 0 ? rows[i - 1] : null;
    if (above !== null && above.rowNumber === rows[i].rowNumber - 1) {
      const pair = matchRows(compiled, above, rows[i], columnMap);
      const upperAlone = matchRows(compiled, null, above, columnMap);
      if (pair.lowerOwn > 0 && pair.score > single.score && pair.score >= upperAlone.score) candidate = pair;
    }
    if (qualifies(compiled, candidate) && (best === null || candidate.score > best.score)) best = candidate;
  }
  if (best === null) return null;
  const stated = best.scale ?? unitLineAbove(rows, best.headerRows[0]);
  return { headerRows: best.headerRows, columns: best.columns, amountScale: stated ?? compiled.amountScale, amountUnitStated: stated !== null };
}

/**
 * A header names the person and most of the columns every row needs: one it lacks is then one
 * sheet-level error (check/missing-columns.ts), not a missing header. The person's name is kept as
 * the anchor so a 汇总 or 封面 sheet (地区、户数、金额) is never taken for a roster.
 */
function qualifies(compiled: CompiledTemplate, candidate: Candidate): boolean {
  const name = compiled.roles.name;
  if (name !== null && candidate.columns[name] === undefined) return false;
  const found = compiled.headerFields.filter((key) => candidate.columns[key] !== undefined).length;
  return found * 2 >= compiled.headerFields.length && found >= Math.min(2, compiled.headerFields.length);
}

/**
 * Lower-row cells first (金额 and 发放方式 under a merged 慰问金), then an upper cell where the
 * lower one is empty (姓名 merged down over both rows). Two columns naming one field: the more
 * specific wording keeps it (县市区 before 乡镇), else the first column.
 */
function matchRows(compiled: CompiledTemplate, upper: SheetRow | null, lower: SheetRow, columnMap: ColumnMap): Candidate {
  const columns: Partial<Record<FieldKey, number>> = {};
  let score = 0;
  let lowerOwn = 0;
  let scale: AmountScale | null = null;
  const ranks: Partial<Record<FieldKey, number>> = {};
  // An upper cell only fills in: repeated over a merge, it must not move a field the lower row named.
  const take = (text: string, column: number, mayReplace: boolean): boolean => {
    const match = matchHeaderCell(compiled, text, columnMap);
    if (match === null) return false;
    const taken = ranks[match.field];
    if (taken !== undefined && (!mayReplace || taken <= match.rank)) return false;
    columns[match.field] = column;
    ranks[match.field] = match.rank;
    if (match.field === compiled.roles.amount) scale = match.scale;
    if (taken !== undefined) return false;
    score++;
    return true;
  };
  // Under a group cell (学生 | 家长), 姓名 reads as 学生姓名 where that names a field.
  const grouped = upper === null ? null : groupedHeadings(upper, lower);
  for (let c = 0; c < lower.cells.length; c++) {
    const column = lower.firstColumn + c;
    const text = cellText(lower.cells[c]);
    const withGroup = grouped?.get(column);
    const named = withGroup !== undefined && (mappedField(columnMap, foldHeader(withGroup).text) !== undefined || matchHeaderCell(compiled, withGroup, columnMap) !== null);
    const heading = named ? withGroup : text;
    if (take(heading, column, true)) lowerOwn++;
  }
  if (upper !== null) {
    for (let c = 0; c < upper.cells.length; c++) {
      const column = upper.firstColumn + c;
      if (cellText(cellAt(lower, column)) === "") take(cellText(upper.cells[c]), column, false);
    }
  }
  const headerRows = upper === null ? [lower.rowNumber] : [upper.rowNumber, lower.rowNumber];
  return { headerRows, columns, score, scale, lowerOwn };
}

/** A 单位：万元 line above the header sets the unit when the amount header names none. */
function unitLineAbove(rows: readonly SheetRow[], headerRow: number): AmountScale | null {
  for (const row of rows) {
    if (row.rowNumber >= headerRow) break;
    for (const cell of row.cells) {
      const scale = typeof cell === "string" ? unitLineScale(cell) : null;
      if (scale !== null) return scale;
    }
  }
  return null;
}
