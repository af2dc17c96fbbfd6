import type { ColumnMap } from "../check/column-map";
import type { FieldKey } from "../fields";
import type { RowView } from "../rows/row-view";
import type { CompiledTemplate } from "../template/compile-template";
import { matchHeaderCell } from "./detect-header";

/**
 * The header printed again on a later page (either row of a two-row header): some cell names
 * its own column's field and every other filled cell is a header word too.
 */
export function isRepeatedHeader(
  compiled: CompiledTemplate,
  row: RowView,
  fields: readonly FieldKey[],
  columnMap: ColumnMap,
): boolean {
  let ownColumn = 0;
  for (const key of fields) {
    const text = row.text(key);
    if (text === "") continue;
    const match = matchHeaderCell(compiled, text, columnMap);
    if (match === null) return false;
    if (match.field === key) ownColumn++;
  }
  return ownColumn > 0;
}
