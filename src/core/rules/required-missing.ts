import { FIELD_NAMES } from "../messages/field-names";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** region, name, amount (the template's required fields) must not be empty. */
export function checkRequiredMissing(row: RowView, context: RuleContext): void {
  for (const key of context.compiled.required) {
    if (row.text(key) === "") {
      context.issues.add(row, "required-missing", key, { field: FIELD_NAMES[key].zh, fieldEn: FIELD_NAMES[key].en });
    }
  }
}
