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
    // A maximum of 0 is “not paid to them”, said so rather than as a 最高标准 of 0 元.
    (row, context, { boundYuan, ...params }) =>
      context.issues.add(row, "amount-above-maximum", rule.field, { ...params, maxYuan: boundYuan }, boundYuan === 0 ? "none" : "default", rule.severity),
  );
}
