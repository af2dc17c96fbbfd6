import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** Only when the template sets a pattern: archive numbers have no national format. */
export function checkArchiveNoFormat(row: RowView, context: RuleContext): void {
  const pattern = context.archiveNoMatcher;
  const archiveNo = row.texts[context.compiled.roleSlots.archiveNo];
  if (pattern === null || archiveNo === "" || pattern.test(archiveNo)) return;
  context.issues.add(row, "archive-no-format", context.compiled.roles.archiveNo!, { pattern: context.compiled.archiveNoPattern ?? "" });
}
