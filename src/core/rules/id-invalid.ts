import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** An ID present but not a valid 18-character GB 11643 number (the check says why). */
export function checkIdInvalid(row: RowView, context: RuleContext): void {
  const check = row.idCheck;
  if (check === "ok" || check === "empty" || check === "legacy") return;
  context.issues.add(row, "id-invalid", "idNumber", { length: row.idNumber.length }, check);
}
