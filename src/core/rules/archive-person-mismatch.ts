import type { RowView } from "../rows/row-view";
import { registerLine } from "../register/archive-register";
import type { RuleContext } from "./rule-context";

/**
 * The 档案表 has another person under the row's archive number: another ID (an old 15-digit ID and
 * its 18-digit form are one person), or, where the IDs agree or one is missing, another name.
 */
export function checkArchivePersonMismatch(row: RowView, context: RuleContext): void {
  const found = context.register;
  if (found === null || found.entry < 0 || found.mismatch === "") return;
  context.issues.add(row, "archive-person-mismatch", context.compiled.roles.archiveNo!, { line: registerLine(found.register, found.entry) }, found.mismatch);
}
