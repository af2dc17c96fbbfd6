import type { RowView } from "../rows/row-view";
import { registerLine } from "../register/archive-register";
import { archiveLevelKey } from "../template/archive-level";
import type { RuleContext } from "./rule-context";

/**
 * The row's 建档级别 is not the registered one: a 市总 family paid at the 省总 minimum. The
 * registered level is what the minimum is then checked at (the session reads it in the row's place).
 */
export function checkArchiveLevelMismatch(row: RowView, context: RuleContext): void {
  const found = context.register;
  const { roles, roleSlots } = context.compiled;
  if (found === null || found.entry < 0 || found.mismatch !== "" || roles.archiveLevel === null) return;
  const level = row.texts[roleSlots.archiveLevel];
  const registered = found.register.levels[found.entry];
  if (level === "" || registered === "" || archiveLevelKey(level) === archiveLevelKey(registered)) return;
  context.issues.add(row, "archive-level-mismatch", roles.archiveLevel, { level, registeredLevel: registered, line: registerLine(found.register, found.entry) });
}
