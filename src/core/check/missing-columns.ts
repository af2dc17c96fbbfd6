import type { FieldKey } from "../fields";
import { closestHeading, fieldNames } from "../header/heading-likeness";
import type { HeaderMatch } from "../header/detect-header";
import { matchHeaderCell } from "../header/detect-header";
import { cellText } from "../rows/cell-text";
import type { SheetRow } from "../rows/sheet-row";
import type { IssueCollector } from "../rules/issue-collector";
import type { CompiledTemplate } from "../template/compile-template";
import type { ColumnMap } from "./column-map";

/**
 * A header found without one of the columns every row needs (劳模慰问 without 户名): one error on the
 * header naming the field and the headings it accepts — not a missing header, and not one error
 * per row. Every other rule still runs. A heading close in meaning to the field is offered for 列对应.
 */
export function reportMissingColumns(
  compiled: CompiledTemplate,
  header: HeaderMatch,
  rows: readonly SheetRow[],
  columnMap: ColumnMap | undefined,
  issues: IssueCollector,
): void {
  const missing = compiled.headerFields.filter((key) => header.columns[key] === undefined);
  if (missing.length === 0) return;
  const headerRow = header.headerRows[header.headerRows.length - 1];
  const unknown = rows
    .filter((row) => header.headerRows.includes(row.rowNumber))
    .flatMap((row) => row.cells.map(cellText))
    .filter((text) => text !== "" && matchHeaderCell(compiled, text, columnMap) === null);
  const firstColumn = Math.min(...Object.values(header.columns).filter((column): column is number => column !== undefined));
  for (const key of missing) issues.addAt(headerRow, firstColumn, "column-missing", key, missingParams(compiled, key, unknown), closestHeading(compiled, key, unknown) === null ? "default" : "near");
}

function missingParams(compiled: CompiledTemplate, key: FieldKey, unknown: readonly string[]): Record<string, string> {
  const names = compiled.fieldNames.get(key) ?? { field: key, fieldEn: key };
  const headings = fieldNames(compiled, key).filter((name, i, all) => all.indexOf(name) === i);
  const heading = closestHeading(compiled, key, unknown);
  return { ...names, headings: headings.join("/"), headingsEn: headings.join(" / "), ...(heading === null ? {} : { heading }) };
}
