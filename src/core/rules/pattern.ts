import { compileArchiveNoPattern } from "../template/archive-no-matcher";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/** `{"kind": "pattern", "field": "parentArchiveNo", "pattern": "^[A-Z]{2}\\d{6,}$"}`: the whole text must match (RE2, linear time). */
export function patternCheck(rule: Extract<PackRule, { kind: "pattern" }>, compiled: CompiledTemplate, index: number): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const matcher = compileArchiveNoPattern(rule.pattern, { path: `rules[${index}].pattern`, zh: "格式", en: "the pattern" });
  const params = { ...compiled.fieldNames.get(rule.field), pattern: rule.pattern };
  return {
    check(row, context) {
      const text = row.texts[slot];
      if (text !== "" && !matcher.test(text)) context.issues.add(row, "pattern-mismatch", rule.field, params, "default", rule.severity);
    },
  };
}
