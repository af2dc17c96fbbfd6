import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { amountBoundCheck } from "./amount-bound";
import type { RowCheck } from "./rule-context";

/** `{"kind": "minimum", "field": "amount", "by": [...], "table": [{"when": {...}, "yuan": 5000}]}`. */
export function minimumCheck(rule: Extract<PackRule, { kind: "minimum" }>, compiled: CompiledTemplate): RowCheck {
  return amountBoundCheck(
    rule,
    compiled,
    (fen, minFen) => fen < minFen,
    (row, context, { boundYuan, ...params }) => context.issues.add(row, "amount-below-minimum", rule.field, { ...params, minYuan: boundYuan }, "field", rule.severity),
  );
}
