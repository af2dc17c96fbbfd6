import { ReportError } from "../errors";
import type { FieldKey } from "../fields";
import { foldHeader } from "../header/fold-header";
import { isForbiddenKey, JSON_LIMITS } from "../template/json-limits";

/**
 * The clerk's 列对应: header text → the field that column holds, or null for 不校验 (the column is
 * read as no field, even where its header is a known alias). Keyed by the folded header text
 * (columnMapKey), not by column letter, so the mapping survives a column inserted or moved, and
 * one mapping serves every sheet of the workbook and every county that uses the same headers.
 * Plain JSON: it is saved inside the workbook with the rule settings.
 */
export type ColumnMap = Readonly<Record<string, FieldKey | null>>;

export const NO_COLUMN_MAP: ColumnMap = Object.freeze({});

/** The key a header cell's text has in a ColumnMap: the same folding aliases are compared in. */
export function columnMapKey(headerText: string): string {
  return foldHeader(headerText).text;
}

/** The clerk's choice for a folded header: a field, null (不校验), or undefined when not mapped. */
export function mappedField(map: ColumnMap, key: string): FieldKey | null | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** A column map as saved in a workbook or a rules file, onto the template's `fields`; names every bad entry. */
export function parseColumnMap(json: unknown, fields: readonly FieldKey[]): ColumnMap {
  const known = new Set(fields);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw invalid(["columnMap: 应为对象 {\"表头\": \"字段\"}"], ["columnMap: expected an object {\"header\": \"field\"}"]);
  }
  const map: Record<string, FieldKey | null> = {};
  const zh: string[] = [];
  const en: string[] = [];
  const entries = Object.entries(json);
  if (entries.length > JSON_LIMITS.columnMapEntries) {
    throw invalid([`columnMap: 有 ${entries.length} 项，最多 ${JSON_LIMITS.columnMapEntries} 项`], [`columnMap: ${entries.length} entries; at most ${JSON_LIMITS.columnMapEntries}`]);
  }
  for (const [header, field] of entries) {
    const key = columnMapKey(header);
    if (isForbiddenKey(header) || isForbiddenKey(key) || header.length > JSON_LIMITS.textLength) {
      zh.push(`columnMap.${header.slice(0, 40)}: 不允许的表头（保留字或超过 ${JSON_LIMITS.textLength} 字）`);
      en.push(`columnMap.${header.slice(0, 40)}: header not allowed (a reserved word, or over ${JSON_LIMITS.textLength} characters)`);
    } else if (key === "") {
      zh.push(`columnMap: 表头不能为空`);
      en.push(`columnMap: a header cannot be empty`);
    } else if (field === null || (typeof field === "string" && known.has(field))) {
      map[key] = field as FieldKey | null;
    } else {
      zh.push(`columnMap.${header}: 应为字段名（${fields.join("/")}）或 null（不校验）`);
      en.push(`columnMap.${header}: expected a field key (${fields.join("/")}) or null (not checked)`);
    }
  }
  if (zh.length > 0) throw invalid(zh, en);
  return map;
}

function invalid(zh: readonly string[], en: readonly string[]): ReportError {
  return new ReportError("rules-invalid", `列对应有误：${zh.join("；")}`, `Invalid column mapping: ${en.join("; ")}`);
}
