import type { FieldKey } from "../fields";
import type { CompiledTemplate } from "../template/compile-template";
import { foldHeader } from "./fold-header";

/**
 * How alike two headings are in meaning, judged by the characters they share: 身份证号码（18位） is
 * like 身份证号, 所属乡镇 like 乡镇; 发放方式 is nothing like 户名. A heading is offered as a field's
 * alias only when it shares at least two characters and half of one of the field's names — never
 * merely because it is the first unknown heading.
 */
const LEAST_SHARE = 0.5;
const LEAST_SHARED = 2;

export function fieldNames(compiled: CompiledTemplate, key: FieldKey): readonly string[] {
  const spec = compiled.fields.find((field) => field.key === key);
  return spec === undefined ? [] : [spec.label, ...spec.aliases];
}

/** The largest share of some name's characters that the heading contains (0 to 1). */
export function likenessTo(heading: string, names: readonly string[]): number {
  const folded = foldHeader(heading).text;
  let best = 0;
  for (const name of names) {
    const alias = foldHeader(name).text;
    const shared = sharedCharacters(folded, alias);
    if (shared >= LEAST_SHARED || shared === alias.length) best = Math.max(best, shared / alias.length);
  }
  return best;
}

/** The heading most like the field, or null when none is near enough to offer. */
export function closestHeading(compiled: CompiledTemplate, key: FieldKey, headings: readonly string[]): string | null {
  const names = fieldNames(compiled, key);
  let best: string | null = null;
  let bestLikeness = LEAST_SHARE;
  for (const heading of headings) {
    const likeness = likenessTo(heading, names);
    if (likeness >= bestLikeness && (best === null || likeness > bestLikeness)) [best, bestLikeness] = [heading, likeness];
  }
  return best;
}

function sharedCharacters(text: string, alias: string): number {
  let shared = 0;
  for (const char of alias) if (text.includes(char)) shared++;
  return shared;
}
