import { fenToYuan } from "../format/fen";
import { AmountTable } from "../template/amount-table";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import type { RowView } from "../rows/row-view";
import { slotOf } from "./rule-fields";
import type { RowCheck, RuleContext } from "./rule-context";

type AmountTableRule = Extract<PackRule, { kind: "minimum" | "maximum" }>;

/** The bound's own words: amountYuan, the field's names, who it applies to, and the bound in yuan. */
export interface BoundParams {
  readonly amountYuan: number;
  readonly boundYuan: number;
  readonly who: string;
  readonly field?: string;
  readonly fieldEn?: string;
}

/**
 * A condition as a clerk says it: a yes-no field's 是/否 alone means nothing (“高于否的最高标准”), so
 * 是否困难劳模 = 否 reads 非困难劳模 and = 是 reads 困难劳模; other values name themselves (全国, 本科).
 */
function conditionWords(compiled: CompiledTemplate, key: string, value: string): string {
  const field = compiled.pack.fields.find((f) => f.key === key);
  if (field?.type !== "yes-no") return value;
  const subject = (compiled.fieldNames.get(key)?.field ?? field.label).replace(/^是否/, "");
  return (field.no ?? ["否"]).includes(value) ? `非${subject}` : subject;
}

/**
 * A minimum or a maximum table (most specific entry wins, amount-table.ts): the two differ only in
 * which side of the bound is wrong and how it is said.
 */
export function amountBoundCheck(
  rule: AmountTableRule,
  compiled: CompiledTemplate,
  outside: (fen: number, boundFen: number) => boolean,
  report: (row: RowView, context: RuleContext, params: BoundParams) => void,
): RowCheck {
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field);
  const table = new AmountTable(rule.table, (key) => slotOf(compiled, key), (key, value) => conditionWords(compiled, key, value));
  return {
    check(row, context) {
      const fen = row.fens[slot];
      if (fen < 0) return;
      const hit = table.lookup(row.texts);
      if (hit === null || !outside(fen, hit.fen)) return;
      report(row, context, { ...names, amountYuan: fenToYuan(fen), boundYuan: fenToYuan(hit.fen), who: hit.who === "" ? "每户" : hit.who });
    },
  };
}
