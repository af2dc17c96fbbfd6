import { SONGWENNUAN_PACK } from "../../../src/core/template/songwennuan";

/**
 * Packs and rules files from issue 22's red-team pass, as the text a clerk would be sent: each is
 * valid except for the one thing its name says. Written as JSON text, since an object literal's
 * `__proto__` would set the prototype rather than write the key.
 */

/** A --rules file whose second minimum has a `__proto__` key: read as "for everyone", it made 281 errors of 10. */
export function protoRulesText(): string {
  return '{"rules":{"minimums":[{"level":"全总","minYuan":1000},{"level":"省总","minYuan":1000},{"__proto__":"全总","minYuan":5000}]}}';
}

/** 送温暖's pack with a minimum entry keyed `__proto__` (zod's record copies it into the prototype: the entry applies to all). */
export function protoPackText(): string {
  const text = JSON.stringify(SONGWENNUAN_PACK);
  return text.replace('{"when":{"archiveLevel":"全总"},"yuan":1000}', '{"when":{"archiveLevel":"全总"},"yuan":1000},{"when":{"__proto__":"全总"},"yuan":5000}');
}

/** A pack with `constructor` as a field's key inside `term`. */
export function constructorPackText(): string {
  return JSON.stringify(SONGWENNUAN_PACK).replace('"term":{"zh":"姓名","en":"name"}', '"term":{"zh":"姓名","en":"name","constructor":"x"}');
}

/** 送温暖's pack with its minimum table grown to `entries` rows, keyed by archive level. */
export function bigTablePack(entries: number): unknown {
  const table = Array.from({ length: entries }, (_, i) => ({ when: { archiveLevel: `级别${i}` }, yuan: 1000 }));
  return { ...SONGWENNUAN_PACK, rules: SONGWENNUAN_PACK.rules.map((rule) => (rule.kind === "minimum" ? { ...rule, table } : rule)) };
}

/** 送温暖's pack with `count` extra text fields. */
export function manyFieldsPack(count: number): unknown {
  const extra = Array.from({ length: count }, (_, i) => ({ key: `extra${i}`, label: `附加${i}`, type: "text" }));
  return { ...SONGWENNUAN_PACK, fields: [...SONGWENNUAN_PACK.fields, ...extra] };
}

/** 送温暖's pack whose 姓名 has an alias `length` characters long. */
export function longAliasPack(length: number): unknown {
  return { ...SONGWENNUAN_PACK, fields: SONGWENNUAN_PACK.fields.map((field) => (field.key === "name" ? { ...field, aliases: [...(field.aliases ?? []), "名".repeat(length)] } : field)) };
}

/** 送温暖's pack whose default summary opens `sections` {#地区} sections. */
export function manySectionsPack(sections: number): unknown {
  const [first, ...rest] = SONGWENNUAN_PACK.summaries;
  return { ...SONGWENNUAN_PACK, summaries: [{ ...first, text: "{#地区}{地区}{/地区}".repeat(sections) }, ...rest] };
}

/** JSON nested `depth` arrays deep. */
export function deepJsonText(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}
