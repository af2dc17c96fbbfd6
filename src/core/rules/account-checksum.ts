import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** A card number failing Luhn: likely mistyped, though some UnionPay cards fail it. */
export function checkAccountChecksum(row: RowView, context: RuleContext): void {
  if (row.accountCheck === "luhn") context.issues.add(row, "account-checksum", context.compiled.roles.account!);
}
