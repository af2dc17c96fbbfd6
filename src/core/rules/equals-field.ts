import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { compareKey, fieldNamesOf, slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "equals-field", "field": "accountHolder", "equals": ["parentName", "studentName"]}`:
 * the field must equal one of the others that is filled (spacing and width aside); nothing to
 * compare when it or all of them are empty.
 */
export function equalsFieldCheck(rule: Extract<PackRule, { kind: "equals-field" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const otherSlots = rule.equals.map((key) => slotOf(compiled, key));
  const others = fieldNamesOf(compiled, rule.equals, { zh: "、", en: " and " });
  const names = compiled.fieldNames.get(rule.field);
  return {
    check(row, context) {
      const value = row.texts[slot];
      if (value === "") return;
      const key = compareKey(value);
      let compared = false;
      for (const other of otherSlots) {
        const text = row.texts[other];
        if (text === "") continue;
        if (compareKey(text) === key) return;
        compared = true;
      }
      if (compared) context.issues.add(row, "value-mismatch", rule.field, { ...names, value, others: others.zh, othersEn: others.en }, "default", rule.severity);
    },
  };
}
