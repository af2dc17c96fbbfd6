import type { Pack, PackField, PackRule } from "../../../core/template/pack-schema";

/**
 * The 设置 tab's edits of a pack, each returning a new pack. Amounts are kept as typed until the
 * pack schema judges them on save, so a half-typed amount is shown, not lost.
 */
export type TableRule = Extract<PackRule, { kind: "minimum" | "maximum" }>;
export type RequiredIfRule = Extract<PackRule, { kind: "required-if" }>;
export type TableEntry = TableRule["table"][number];

/** 困难职工、劳模 — the way clerks list values; commas work too. */
export function parseList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function listText(values: readonly string[] | undefined): string {
  return (values ?? []).join("、");
}

export function editField(pack: Pack, key: string, change: Partial<PackField>): Pack {
  return { ...pack, fields: pack.fields.map((field) => (field.key === key ? { ...field, ...change } : field)) };
}

export function editRule(pack: Pack, index: number, rule: PackRule): Pack {
  return { ...pack, rules: pack.rules.map((current, i) => (i === index ? rule : current)) };
}

export function addRule(pack: Pack, rule: PackRule): Pack {
  return { ...pack, rules: [...pack.rules, rule] };
}

export function removeRule(pack: Pack, index: number): Pack {
  return { ...pack, rules: pack.rules.filter((_, i) => i !== index) };
}

/** A table keyed by other fields: an entry keeps only the keys the table is still keyed by. */
export function withKeys(rule: TableRule, by: readonly string[]): TableRule {
  const table = rule.table.map(({ when = {}, yuan }) => ({ when: Object.fromEntries(Object.entries(when).filter(([key]) => by.includes(key))), yuan }));
  return { ...rule, by: [...by], table };
}

/** What a table cell was typed as: a blank key means any value; an amount that is not a number is left for the schema to name. */
export function editEntry(rule: TableRule, index: number, key: string | "yuan", text: string): TableRule {
  const table = rule.table.map((entry, i): TableEntry => {
    if (i !== index) return entry;
    if (key === "yuan") return { ...entry, yuan: /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : (text as unknown as number) };
    const { [key]: _previous, ...when } = entry.when ?? {};
    return { ...entry, when: text.trim() === "" ? when : { ...when, [key]: text.trim() } };
  });
  return { ...rule, table };
}

/** The fields a table is keyed by: its `by`, else whatever its entries name. */
export function keysOf(rule: TableRule): string[] {
  return rule.by ?? [...new Set(rule.table.flatMap((entry) => Object.keys(entry.when ?? {})))];
}
