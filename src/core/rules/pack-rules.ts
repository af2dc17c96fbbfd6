import type { CompiledTemplate } from "../template/compile-template";
import type { PackField, PackRule } from "../template/pack-schema";
import { ceilingCheck } from "./ceiling";
import { dateOrderCheck } from "./date-order";
import { dateWithinCheck } from "./date-within";
import { equalsExpressionCheck } from "./equals-expression";
import { equalsFieldCheck } from "./equals-field";
import { maximumCheck } from "./maximum";
import { minimumCheck } from "./minimum";
import { oneOfCheck } from "./one-of";
import { patternCheck } from "./pattern";
import { recordsPerPersonCheck } from "./records-per-person";
import { requiredCheck } from "./required";
import { requiredIfCheck } from "./required-if";
import type { RowCheck } from "./rule-context";
import { typeChecks } from "./type-checks";
import { uniqueCheck } from "./unique";

/**
 * The checks a pack declares as data, built once per sheet (unique ones remember rows): its
 * generic rules in the pack's order, then what its fields' types imply. The engine's own checks
 * (row-rules.ts and the session's) run the rules splitRules gave them.
 */
export function packRowChecks(compiled: CompiledTemplate): RowCheck[] {
  const fields = new Map(compiled.pack.fields.map((field) => [field.key, field]));
  const listed = new Set(compiled.genericRules.flatMap((rule) => (rule.kind === "one-of" ? [rule.field] : [])));
  const checks = compiled.genericRules.flatMap((rule) => {
    const check = ruleCheck(rule, compiled, fields, compiled.pack.rules.indexOf(rule));
    return check === null ? [] : [check];
  });
  return [...checks, ...typeChecks(compiled, listed)];
}

function ruleCheck(rule: PackRule, compiled: CompiledTemplate, fields: ReadonlyMap<string, PackField>, index: number): RowCheck | null {
  switch (rule.kind) {
    case "required":
      return requiredCheck(rule, compiled);
    case "required-if":
      return requiredIfCheck(rule, compiled);
    case "minimum":
      return minimumCheck(rule, compiled);
    case "maximum":
      return maximumCheck(rule, compiled);
    case "ceiling":
      return ceilingCheck(rule, compiled);
    case "one-of":
      return oneOfCheck(compiled, rule.field, fields.get(rule.field)?.values ?? [], rule.severity ?? (fields.get(rule.field)?.open === true ? "warning" : undefined));
    case "pattern":
      return patternCheck(rule, compiled, index);
    case "unique":
      return uniqueCheck(rule, compiled);
    case "equals-field":
      return equalsFieldCheck(rule, compiled);
    case "equals-expression":
      return equalsExpressionCheck(rule, compiled);
    case "date-order":
      return dateOrderCheck(rule, compiled);
    case "date-within":
      return dateWithinCheck(rule, compiled);
    case "records-per-person":
      return recordsPerPersonCheck(rule, compiled);
    // The engine's own: claimed by splitRules when their fields are the ones it reads.
    case "archive-required":
    case "pay-method":
      return null;
    // Reads total rows as well as data rows: the session runs it (row-subtotal.ts).
    case "row-subtotal":
      return null;
  }
}
