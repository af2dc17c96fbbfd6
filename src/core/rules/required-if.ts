import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "required-if", "field": "archiveNo", "when": [{"field": "archiveLevel", "in": ["全总"]}]}`:
 * the field must be filled where any condition holds (the first that holds is named).
 */
export function requiredIfCheck(rule: Extract<PackRule, { kind: "required-if" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field) ?? { field: rule.field, fieldEn: rule.field };
  const conditions = rule.when.map((condition) => ({
    slot: slotOf(compiled, condition.field),
    values: new Set(condition.in),
    names: compiled.fieldNames.get(condition.field) ?? { field: condition.field, fieldEn: condition.field },
  }));
  return {
    check(row, context) {
      if (!compiled.slots.has(rule.field) || row.texts[slot] !== "") return;
      for (const condition of conditions) {
        const value = row.texts[condition.slot];
        if (!condition.values.has(value)) continue;
        const params = { ...names, whenField: condition.names.field, whenFieldEn: condition.names.fieldEn, whenValue: value };
        context.issues.add(row, "required-missing", rule.field, params, "when", rule.severity);
        return;
      }
    },
  };
}
