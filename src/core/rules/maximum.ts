import { fenToYuan } from "../format/fen";
import { AmountTable } from "../template/amount-table";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/** `{"kind": "maximum", "field": "amount", "by": [...], "table": [{"when": {"schoolLevel": "高中"}, "yuan": 3000}]}`. */
export function maximumCheck(rule: Extract<PackRule, { kind: "maximum" }>, compiled: CompiledTemplate): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field);
  const table = new AmountTable(rule.table, (key) => slotOf(compiled, key));
  return {
    check(row, context) {
      const fen = row.fens[slot];
      if (fen < 0) return;
      const hit = table.lookup(row.texts);
      if (hit === null || fen <= hit.fen) return;
      const params = { ...names, amountYuan: fenToYuan(fen), maxYuan: fenToYuan(hit.fen), who: hit.who === "" ? "每户" : hit.who };
      context.issues.add(row, "amount-above-maximum", rule.field, params, "default", rule.severity);
    },
  };
}
