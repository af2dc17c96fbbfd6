import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** A 15-digit ID from before 1999: still identifies the person, but should be replaced. */
export function checkIdLegacy(row: RowView, context: RuleContext): void {
  if (row.idCheck === "legacy") context.issues.add(row, "id-legacy", context.compiled.roles.id!);
}
