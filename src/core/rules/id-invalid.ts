import { asWritten } from "../id/lost-digits";
import type { MessageParams } from "../messages/render-message";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** An ID present but not a valid 18-character GB 11643 number (the check says why). */
export function checkIdInvalid(row: RowView, context: RuleContext): void {
  const check = row.idCheck;
  if (check === "ok" || check === "empty" || check === "legacy") return;
  const slot = context.compiled.roleSlots.id;
  const params: MessageParams = check === "numeric" ? { written: asWritten(row.values[slot], row.texts[slot]) } : { length: row.idNumber.length };
  context.issues.add(row, "id-invalid", context.compiled.roles.id!, params, check);
}
