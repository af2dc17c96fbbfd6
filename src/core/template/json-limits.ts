import { keyPath } from "./key-path";
import type { Pack } from "./pack-schema";
import type { TemplateProblem } from "./template-problems";

/**
 * How big a pack, a rules file or a template may be. A received workbook carries its settings and
 * pack as data from another unit: unbounded, a 200,000-entry table or a summary of ten thousand
 * sections would cost every clerk who opens it minutes. Every bundled pack is far inside these.
 */
export const JSON_LIMITS = {
  /** A pack, rules or summary file, in bytes, checked before it is read. */
  fileBytes: 1_000_000,
  /** Values (objects, arrays, strings, numbers) in one JSON document. */
  values: 200_000,
  /** Objects and arrays inside one another. */
  depth: 32,
  fields: 200,
  rules: 500,
  /** Rows of one minimum or maximum table, and of a rules file's minimum table. */
  tableRows: 20_000,
  aliasesPerField: 100,
  /** Characters of one label, alias, value or column-map header. */
  textLength: 200,
  /** Values of a one-of field, yes/no texts, pay methods, archive levels… */
  listItems: 1_000,
  summaries: 20,
  /** Characters of one summary template. */
  summaryLength: 20_000,
  /** {#…} sections in one summary template. */
  summarySections: 50,
  /** Characters of a rendered summary paragraph. */
  renderedSummaryLength: 200_000,
  /** Entries of a column map. */
  columnMapEntries: 1_000,
} as const;

/**
 * Keys refused anywhere in a pack, a rules file, a template or a column map: copied key by key
 * (zod's records, our merges), an own `__proto__` becomes the copy's prototype — one such key made
 * a minimum entry's `when` empty, so it applied to everyone (281 errors for 10).
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * The JSON as a whole, before any schema reads it: no forbidden key, not nested too deep, not
 * too many values. Walked without recursion, so a deep document cannot overflow the stack; stops
 * at the first size problem.
 */
export function jsonShapeProblems(json: unknown): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++values > JSON_LIMITS.values) {
      problems.push({ path: "(根 / root)", zh: `内容过多（超过 ${JSON_LIMITS.values} 项），拒绝读取`, en: `too large (over ${JSON_LIMITS.values} values); refused` });
      break;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= JSON_LIMITS.depth) {
      problems.push({ path: keyPath(path), zh: `嵌套超过 ${JSON_LIMITS.depth} 层，拒绝读取`, en: `nested deeper than ${JSON_LIMITS.depth} levels; refused` });
      break;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (isForbiddenKey(key)) problems.push({ path: keyPath([...path, key]), zh: `不允许使用键名“${key}”`, en: `the key "${key}" is not allowed` });
      else stack.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}

/** A validated pack within JSON_LIMITS: each count or length over its cap, at its JSON path. */
export function packLimitProblems(pack: Pack): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const over = (path: PropertyKey[], count: number, cap: number, zh: string, en: string) => {
    if (count > cap) problems.push({ path: keyPath(path), zh: `${zh}有 ${count} 个，最多 ${cap} 个`, en: `${count} ${en}; at most ${cap}` });
  };
  const long = (path: PropertyKey[], text: string, cap: number = JSON_LIMITS.textLength) => {
    if (text.length > cap) problems.push({ path: keyPath(path), zh: `长 ${text.length} 字，最多 ${cap} 字`, en: `${text.length} characters long; at most ${cap}` });
  };
  over(["fields"], pack.fields.length, JSON_LIMITS.fields, "列", "fields");
  over(["rules"], pack.rules.length, JSON_LIMITS.rules, "规则", "rules");
  over(["summaries"], pack.summaries.length, JSON_LIMITS.summaries, "总结模板", "summaries");
  long(["name"], pack.name);
  pack.fields.forEach((field, index) => {
    long(["fields", index, "label"], field.label);
    over(["fields", index, "aliases"], field.aliases?.length ?? 0, JSON_LIMITS.aliasesPerField, "别名", "aliases");
    field.aliases?.forEach((alias, at) => long(["fields", index, "aliases", at], alias));
    for (const list of ["values", "yes", "no"] as const) over(["fields", index, list], field[list]?.length ?? 0, JSON_LIMITS.listItems, "取值", "values");
  });
  for (const list of ["bankMethods", "bankAliases", "cashMethods"] as const) {
    const words = pack.payment?.[list] ?? [];
    over(["payment", list], words.length, JSON_LIMITS.listItems, "发放方式", "pay methods");
    words.forEach((word, at) => long(["payment", list, at], word));
  }
  pack.rules.forEach((rule, index) => {
    if (rule.kind === "minimum" || rule.kind === "maximum") over(["rules", index, "table"], rule.table.length, JSON_LIMITS.tableRows, "表中条目", "table entries");
    if (rule.kind === "archive-required") over(["rules", index, "levels"], rule.levels.length, JSON_LIMITS.listItems, "级别", "levels");
  });
  pack.summaries.forEach((summary, index) => {
    long(["summaries", index, "text"], summary.text, JSON_LIMITS.summaryLength);
    over(["summaries", index, "text"], summarySectionCount(summary.text), JSON_LIMITS.summarySections, "{#…} 段落", "{#…} sections");
  });
  return problems;
}

/** How many {#…} sections a summary template opens. */
export function summarySectionCount(text: string): number {
  return text.split("{#").length - 1;
}
