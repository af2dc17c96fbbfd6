import type { RowView } from "../rows/row-view";
import { registerLine } from "../register/archive-register";
import type { RuleContext } from "./rule-context";

/**
 * The family left the register (已解困脱困, 退档): aid as a registered family is no longer due.
 * An error or a warning as the form's 先建档 rule says (`closed`).
 */
export function checkArchiveClosed(row: RowView, context: RuleContext): void {
  const found = context.register;
  if (found === null || found.entry < 0 || found.mismatch !== "" || found.register.closed[found.entry] === 0) return;
  const register = found.register;
  context.issues.add(
    row,
    "archive-closed",
    context.compiled.roles.archiveNo!,
    { status: register.statuses[found.entry], line: registerLine(register, found.entry) },
    "default",
    found.closedSeverity,
  );
}
