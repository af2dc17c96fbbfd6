import { formatDateKey, parseDateKey } from "../rows/parse-date";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "date-within", "field": "paidOn", "from": "2025-01-01", "to": "2025-02-28", "period": "活动时间"}`:
 * the date lies in the period, both ends included; an end left out is open.
 */
export function dateWithinCheck(rule: Extract<PackRule, { kind: "date-within" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field) ?? { field: rule.field, fieldEn: rule.field };
  const from = rule.from === undefined ? null : parseDateKey(rule.from);
  const to = rule.to === undefined ? null : parseDateKey(rule.to);
  const params = {
    ...names,
    period: rule.period ?? "规定期间",
    periodEn: rule.period ?? "period set",
    range: from === null ? `${formatDateKey(to!)}及以前` : to === null ? `${formatDateKey(from)}及以后` : `${formatDateKey(from)}至${formatDateKey(to)}`,
    rangeEn: from === null ? `up to ${formatDateKey(to!)}` : to === null ? `from ${formatDateKey(from)}` : `${formatDateKey(from)} to ${formatDateKey(to)}`,
  };
  return {
    check(row, context) {
      const date = parseDateKey(row.texts[slot]);
      if (date === null || ((from === null || date >= from) && (to === null || date <= to))) return;
      context.issues.add(row, "date-out-of-period", rule.field, { ...params, date: formatDateKey(date) }, "default", rule.severity);
    },
  };
}
