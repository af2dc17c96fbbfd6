import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { amountBoundCheck } from "./amount-bound";
import type { RowCheck } from "./rule-context";

/** `{"kind": "maximum", "field": "amount", "by": [...], "table": [{"when": {"schoolLevel": "高中"}, "yuan": 3000}]}`. */
export function maximumCheck(rule: Extract<PackRule, { kind: "maximum" }>, compiled: CompiledTemplate): RowCheck {
  return amountBoundCheck(
    rule,
    compiled,
    (fen, maxFen) => fen > maxFen,
    (row, context, { boundYuan, ...params }) => context.issues.add(row, "amount-above-maximum", rule.field, { ...params, maxYuan: boundYuan }, "default", rule.severity),
  );
}
