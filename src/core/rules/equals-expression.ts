import { formatYuan } from "../format/fen";
import { parseNumber } from "../rows/parse-number";
import type { CompiledTemplate } from "../template/compile-template";
import { isExpressionProblem, packExpression } from "../template/pack-expression";
import type { PackRule } from "../template/pack-schema";
import { evaluate, expressionFields, showExpression } from "./expression";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "equals-expression", "field": "mutualAid", "expression": "自付金额 × 给付比例", "toleranceFen": 1}`:
 * the money field equals the arithmetic, rounded to the 分 (四舍五入), within the tolerance. Money
 * fields count in 分, number fields as written (80% is 0.8). A row with the field or any operand
 * empty or unreadable is not compared: its own required or type check speaks for it.
 */
export function equalsExpressionCheck(rule: Extract<PackRule, { kind: "equals-expression" }>, compiled: CompiledTemplate): RowCheck | null {
  const expression = packExpression(rule.expression, compiled.pack.fields);
  // pack-problems refused a pack whose expression does not parse; a rules file cannot add one.
  if (isExpressionProblem(expression)) return null;
  const slot = slotOf(compiled, rule.field);
  const names = compiled.fieldNames.get(rule.field) ?? { field: rule.field, fieldEn: rule.field };
  const operands = new Map(expressionFields(expression).map((key) => [key, { slot: slotOf(compiled, key), money: compiled.types.get(key) === "money" }]));
  const shown = {
    expression: showExpression(expression, (key) => compiled.fieldNames.get(key)?.field ?? key),
    expressionEn: showExpression(expression, (key) => compiled.fieldNames.get(key)?.fieldEn ?? key),
  };
  const tolerance = rule.toleranceFen ?? 0;
  return {
    check(row, context) {
      const fen = row.fens[slot];
      if (fen < 0) return;
      const expected = evaluate(expression, (key) => {
        const operand = operands.get(key)!;
        if (operand.money) return row.fens[operand.slot] >= 0 ? row.fens[operand.slot] : null;
        const text = row.texts[operand.slot];
        return text === "" ? null : parseNumber(row.values[operand.slot], text);
      });
      if (expected === null || !Number.isFinite(expected)) return;
      // 四舍五入 to the 分, away from zero at a half, as the clerk's own rounding would.
      const expectedFen = Math.sign(expected) * Math.round(Math.abs(expected) + 1e-9);
      const difference = Math.abs(fen - expectedFen);
      if (difference <= tolerance) return;
      const params = { ...names, ...shown, amountYuan: formatYuan(fen), expectedYuan: formatYuan(expectedFen), differenceYuan: formatYuan(difference) };
      context.issues.add(row, "expression-mismatch", rule.field, params, "default", rule.severity);
    },
  };
}
