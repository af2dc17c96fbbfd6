import { fenToYuan } from "../format/fen";
import type { RowView } from "../rows/row-view";
import { archiveLevelKey } from "../template/archive-level";
import { NO_MINIMUM } from "../template/minimum-table";
import { archiveSubject } from "./archive-subject";
import type { RuleContext } from "./rule-context";

/** The minimum-amount table of the template, keyed by archive level and group. */
export function checkAmountBelowMinimum(row: RowView, context: RuleContext): void {
  if (row.amountFen < 0) return;
  const { minimums, roles, roleSlots } = context.compiled;
  const level = archiveLevelKey(row.texts[roleSlots.archiveLevel]);
  const group = row.texts[roleSlots.archiveGroup];
  const minimumFen = minimums.lookup(level, group);
  if (minimumFen === NO_MINIMUM || row.amountFen >= minimumFen) return;
  context.issues.add(row, "amount-below-minimum", roles.amount!, {
    amountYuan: fenToYuan(row.amountFen),
    minYuan: fenToYuan(minimumFen),
    who: archiveSubject(level, group, "慰问对象"),
  });
}
