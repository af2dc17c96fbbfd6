import type { FieldKey } from "../fields";
import type { IdCheck } from "../id/id-number";
import { asWritten } from "../id/lost-digits";
import type { MessageParams } from "../messages/render-message";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** An ID present but not a valid 18-character GB 11643 number (the check says why). */
export function checkIdInvalid(row: RowView, context: RuleContext): void {
  const { roles, roleSlots } = context.compiled;
  reportIdCheck(row, context, roles.id!, roleSlots.id, row.idCheck, row.idNumber);
}

/** id-invalid or id-legacy for any ID field: the person's, or another the pack declares (a parent's). */
export function reportIdCheck(row: RowView, context: RuleContext, key: FieldKey, slot: number, check: IdCheck, normalized: string): void {
  if (check === "ok" || check === "empty" || check === "legacy") return;
  const params: MessageParams = check === "numeric" ? { written: asWritten(row.values[slot], row.texts[slot]) } : { length: normalized.length };
  context.issues.add(row, "id-invalid", key, params, check);
}
