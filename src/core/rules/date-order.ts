import { formatDateKey, parseDateKey } from "../rows/parse-date";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "date-order", "field": "discharged", "notBefore": "admitted"}`: 出院日期 not before
 * 入院日期; the same day passes. A date that does not read is date-invalid's, not compared here.
 */
export function dateOrderCheck(rule: Extract<PackRule, { kind: "date-order" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const otherSlot = slotOf(compiled, rule.notBefore);
  const names = compiled.fieldNames.get(rule.field) ?? { field: rule.field, fieldEn: rule.field };
  const other = compiled.fieldNames.get(rule.notBefore) ?? { field: rule.notBefore, fieldEn: rule.notBefore };
  return {
    check(row, context) {
      const date = parseDateKey(row.texts[slot]);
      if (date === null) return;
      const otherDate = parseDateKey(row.texts[otherSlot]);
      if (otherDate === null || date >= otherDate) return;
      const params = { ...names, other: other.field, otherEn: other.fieldEn, date: formatDateKey(date), otherDate: formatDateKey(otherDate) };
      context.issues.add(row, "date-order", rule.field, params, "default", rule.severity);
    },
  };
}
