import type { RowView } from "../rows/row-view";
import { registerLine } from "../register/archive-register";
import type { RuleContext } from "./rule-context";

/**
 * 依档帮扶: an archive number the 档案表 does not have is a number typed wrong or a family never
 * registered. Where the row's ID is registered under another number, the message names that one.
 */
export function checkArchiveNotRegistered(row: RowView, context: RuleContext): void {
  const found = context.register;
  const { roles, roleSlots } = context.compiled;
  if (found === null || found.entry >= 0 || row.texts[roleSlots.archiveNo] === "") return;
  const register = found.register;
  if (found.entryById >= 0) {
    const entry = found.entryById;
    context.issues.add(row, "archive-not-registered", roles.archiveNo!, { archiveNo: register.archiveNos[entry], line: registerLine(register, entry) }, "idElsewhere");
    return;
  }
  context.issues.add(row, "archive-not-registered", roles.archiveNo!, { files: registerFiles(context) });
}

function registerFiles(context: RuleContext): string {
  return [...new Set(context.register!.register.sources.map((source) => source.file))].join("、");
}
