import type { RowView } from "../rows/row-view";
import { archiveLevelKey } from "../template/archive-level";
import { archiveSubject } from "./archive-subject";
import type { RuleContext } from "./rule-context";

/**
 * 先建档、后帮扶: registered levels (全总/省总/市总) and needy groups (困难职工…) need an
 * archive number. Without an archive-number column the level or group cell carries the issue.
 */
export function checkArchiveMissing(row: RowView, context: RuleContext): void {
  const { archiveLevels, archiveGroups, roles, roleSlots } = context.compiled;
  if (roles.archiveNo === null || row.texts[roleSlots.archiveNo] !== "") return;
  const level = archiveLevelKey(row.texts[roleSlots.archiveLevel]);
  const group = row.texts[roleSlots.archiveGroup];
  const byLevel = level !== "" && archiveLevels.has(level);
  if (!byLevel && !archiveGroups.has(group)) return;
  const who = archiveSubject(byLevel ? level : "", group, "建档对象");
  const field = context.columns[roles.archiveNo] !== undefined ? roles.archiveNo : byLevel ? roles.archiveLevel : roles.archiveGroup;
  if (field === null) return;
  context.issues.add(row, "archive-missing", field, { who });
}
