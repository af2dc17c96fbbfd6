import type { PackRule } from "../template/pack-schema";
import type { CompiledTemplate } from "../template/compile-template";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/** `{"kind": "required", "fields": [...]}`: each must be filled on every data row. */
export function requiredCheck(rule: Extract<PackRule, { kind: "required" }>, compiled: CompiledTemplate): RowCheck {
  const fields = rule.fields.filter((key) => compiled.slots.has(key));
  const slots = fields.map((key) => slotOf(compiled, key));
  return {
    check(row, context) {
      for (let i = 0; i < fields.length; i++) {
        if (row.texts[slots[i]] === "") context.issues.add(row, "required-missing", fields[i], compiled.fieldNames.get(fields[i]), "default", rule.severity);
      }
    },
  };
}
