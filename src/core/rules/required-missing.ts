import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** region, name, amount (the template's required fields) must not be empty. */
export function checkRequiredMissing(row: RowView, context: RuleContext): void {
  const { required, requiredSlots, fieldNames } = context.compiled;
  for (let i = 0; i < required.length; i++) {
    if (row.texts[requiredSlots[i]] === "") context.issues.add(row, "required-missing", required[i], fieldNames.get(required[i])!);
  }
}
