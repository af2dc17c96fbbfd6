import { foldHeader } from "../header/fold-header";
import { parseExpression, type Expression, type ExpressionProblem } from "../rules/expression";
import type { PackField } from "./pack-schema";

/**
 * An `equals-expression` rule's arithmetic over the pack's fields, each named by its key or by its
 * label as a clerk reads it (自付金额 for 自付金额（元）): pack-problems judges it, the rule runs it.
 */
export function packExpression(source: string, fields: readonly PackField[]): Expression | ExpressionProblem {
  const byName = new Map<string, string>();
  for (const field of fields) byName.set(field.key, field.key);
  for (const field of fields) {
    for (const name of [field.label, foldHeader(field.label).text]) if (!byName.has(name)) byName.set(name, field.key);
  }
  return parseExpression(source, (name) => byName.get(name) ?? byName.get(foldHeader(name).text) ?? null);
}

export function isExpressionProblem(parsed: Expression | ExpressionProblem): parsed is ExpressionProblem {
  return "zh" in parsed;
}
