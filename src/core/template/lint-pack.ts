import { readPack } from "./load-pack";
import type { Pack, PackField } from "./pack-schema";
import type { TemplateProblem } from "./template-problems";

/**
 * `report forms --check`: what an IT person or a clerk hears about a pack before sending it down.
 * `refused`: what stops the pack from loading (unknown keys, money left ambiguous, a summary
 * naming a dimension the pack lacks, a reference to a field it lacks…), one per bad key.
 * `warnings`: a pack that loads, but a rule of which can never fire, so the check it promises
 * would silently not happen.
 */
export interface PackLint {
  readonly pack: Pack | null;
  readonly refused: readonly TemplateProblem[];
  readonly warnings: readonly TemplateProblem[];
}

export function lintPack(json: unknown): PackLint {
  const reading = readPack(json);
  if (reading.pack === null) return { pack: null, refused: reading.problems, warnings: [] };
  return { pack: reading.pack, refused: [], warnings: neverFiring(reading.pack) };
}

function neverFiring(pack: Pack): TemplateProblem[] {
  const fields = new Map(pack.fields.map((field) => [field.key, field]));
  const warnings: TemplateProblem[] = [];
  pack.rules.forEach((rule, index) => {
    const at = `rules[${index}]`;
    const say = (path: string, zh: string, en: string) => warnings.push({ path: `${at}${path}`, zh: `${zh}，这条规则永远不会报出问题`, en: `${en}: this rule can never fire` });
    /** A condition only on values the field can never hold (a one-of outside its list, yes-no outside 是/否). */
    const impossible = (path: string, key: string, values: readonly string[]) => {
      const allowed = allowedValues(fields.get(key));
      if (allowed === null || values.some((value) => allowed.includes(value))) return;
      say(path, `“${values.join("、")}”不是${fields.get(key)!.label}的可选值（${allowed.join("、")}）`, `"${values.join(", ")}" is not a value ${key} can take (${allowed.join(", ")})`);
    };
    switch (rule.kind) {
      case "required-if":
        rule.when.forEach((condition, c) => impossible(`.when[${c}].in`, condition.field, condition.in));
        return;
      case "minimum":
      case "maximum":
        rule.table.forEach((entry, e) => {
          for (const [key, value] of Object.entries(entry.when ?? {})) impossible(`.table[${e}].when.${key}`, key, [value]);
          if (rule.kind === "minimum" && entry.yuan === 0) say(`.table[${e}].yuan`, "最低标准为 0 元：任何金额都不低于它", "a minimum of 0 yuan: no amount is below it");
        });
        return;
      case "records-per-person":
        if (pack.person.id === undefined) say(".kind", "本表没有指明身份证号字段（person.id），无从区分是不是同一人", "the pack names no ID field (person.id) to tell people apart");
        else if (pack.rules.some((other) => other.kind === "unique" && other.code === "duplicate-person")) {
          say(".max", "同时有 duplicate-person 规则：同一人的第二条记录已被它报为重复", "a duplicate-person rule already flags every person's second record");
        }
        return;
      case "equals-field":
      case "unique":
      case "required":
      case "ceiling":
      case "one-of":
      case "pattern":
      case "archive-required":
      case "pay-method":
      case "equals-expression":
      case "row-subtotal":
      case "date-order":
      case "date-within":
        return;
    }
  });
  return warnings;
}

/** The values a field can hold as the checks read it; null when any text will do. */
function allowedValues(field: PackField | undefined): readonly string[] | null {
  // An open list takes other values too (with a warning): a condition on one can still hold.
  if (field?.type === "one-of") return field.open === true ? null : (field.values ?? []);
  if (field?.type === "yes-no") return [...(field.yes ?? ["是"]), ...(field.no ?? ["否"])];
  return null;
}
