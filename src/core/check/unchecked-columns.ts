import type { HeaderLayout } from "../header/header-layout";
import { matchHeaderCell } from "../header/detect-header";
import { cellAt, type SheetRow } from "../rows/sheet-row";
import { parseAmountFen } from "../rows/parse-amount";
import type { CompiledTemplate } from "../template/compile-template";
import type { ColumnMap } from "./column-map";
import type { UncheckedColumn, UncheckedReason } from "./types";

const REASONS: Readonly<Record<UncheckedReason, { readonly zh: string; readonly en: string }>> = {
  unknown: { zh: "表头不认识", en: "heading not known to the form" },
  "not-checked": { zh: "列对应中设为不校验", en: "set to not checked in the column mapping" },
  repeated: { zh: "与前面一列同名，只校验前一列", en: "same field as an earlier column, only that one is checked" },
};

/**
 * The header's columns the check does not read, numeric ones first (an unread money column is what
 * an all-clear must not hide), each with its reason. Every host and output says them through this.
 */
export function uncheckedColumns(compiled: CompiledTemplate, layout: HeaderLayout, rows: readonly SheetRow[], columnMap: ColumnMap): UncheckedColumn[] {
  const lastHeaderRow = layout.headerRows[layout.headerRows.length - 1];
  const dataRows = rows.filter((row) => row.rowNumber > lastHeaderRow);
  const unread = layout.columns.filter((column) => column.field === null);
  return unread
    .map((column) => ({
      column: column.column,
      heading: column.text,
      reason: reasonOf(compiled, column.text, column.key, columnMap),
      numeric: dataRows.some((row) => isNumber(cellAt(row, column.column))),
    }))
    .sort((a, b) => Number(b.numeric) - Number(a.numeric) || a.column - b.column);
}

/** 获评次数（有数字，表头不认识）: how an output names one. */
export function uncheckedColumnText(column: UncheckedColumn, language: "zh" | "en" = "zh"): string {
  const reason = REASONS[column.reason][language];
  if (language === "en") return `${column.heading} (${column.numeric ? "numbers, " : ""}${reason})`;
  return `${column.heading}（${column.numeric ? "有数字，" : ""}${reason}）`;
}

/** The list as one line: 获评次数（有数字，表头不认识）、奖章编号（表头不认识）. */
export function uncheckedColumnsText(columns: readonly UncheckedColumn[], language: "zh" | "en" = "zh"): string {
  return columns.map((column) => uncheckedColumnText(column, language)).join(language === "zh" ? "、" : "; ");
}

function reasonOf(compiled: CompiledTemplate, heading: string, key: string, columnMap: ColumnMap): UncheckedReason {
  if (Object.prototype.hasOwnProperty.call(columnMap, key)) return "not-checked";
  return matchHeaderCell(compiled, heading, columnMap) === null ? "unknown" : "repeated";
}

function isNumber(cell: unknown): boolean {
  if (typeof cell === "number") return Number.isFinite(cell);
  return typeof cell === "string" && cell.trim() !== "" && parseAmountFen(cell, 1) >= 0;
}
