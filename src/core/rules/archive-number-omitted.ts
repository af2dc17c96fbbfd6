import type { RowView } from "../rows/row-view";
import { registerLine } from "../register/archive-register";
import type { RuleContext } from "./rule-context";

/** The row's ID is registered but its archive number was left empty: the clerk forgot to write it, and is told which. */
export function checkArchiveNumberOmitted(row: RowView, context: RuleContext): void {
  const found = context.register;
  const { roles, roleSlots } = context.compiled;
  if (found === null || found.entryById < 0 || roles.archiveNo === null || row.texts[roleSlots.archiveNo] !== "") return;
  const entry = found.entryById;
  context.issues.add(row, "archive-number-omitted", roles.archiveNo, { archiveNo: found.register.archiveNos[entry], line: registerLine(found.register, entry) });
}
