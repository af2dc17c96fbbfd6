import type { Severity } from "../check/types";
import type { FieldKey } from "../fields";
import type { CompiledTemplate } from "../template/compile-template";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * A value outside the field's list (a one-of field's values, a yes-no field's yes and no): an
 * error, or a warning for an open list. Surrounding spaces were trimmed when the row was read.
 */
export function oneOfCheck(compiled: CompiledTemplate, key: FieldKey, values: readonly string[], severity?: Severity): RowCheck {
  const slot = slotOf(compiled, key);
  const allowed = new Set(values);
  const listed = values.join("、");
  const names = compiled.fieldNames.get(key);
  return {
    check(row, context) {
      const value = row.texts[slot];
      if (value === "" || allowed.has(value)) return;
      context.issues.add(row, "value-not-in-list", key, { ...names, value, values: listed }, "default", severity);
    },
  };
}
