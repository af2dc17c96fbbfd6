import { formatYuan } from "../format/fen";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/** `{"kind": "ceiling", "field": "amount", "yuan": 20000}`: above it an amount is questioned (an extra 0). */
export function ceilingCheck(rule: Extract<PackRule, { kind: "ceiling" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field);
  const ceilingFen = Math.round(rule.yuan * 100);
  return {
    check(row, context) {
      const fen = row.fens[slot];
      if (fen <= ceilingFen) return;
      const params = { ...names, amountYuan: formatYuan(fen), ceilingYuan: formatYuan(ceilingFen) };
      context.issues.add(row, "amount-implausible", rule.field, params, "field", rule.severity);
    },
  };
}
