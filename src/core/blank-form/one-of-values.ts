import type { FieldKey } from "../fields";
import { archiveLevelKey } from "../template/archive-level";
import { templateRoles } from "../template/field-roles";
import type { Template } from "../template/schema";

/**
 * The values a template already knows for a one-of field, in the order its rules name them.
 * None of today's lists is closed — other levels (区县级), groups (一线职工) and pay methods (打卡, 代领)
 * are legal and at most warned about by the check — so the dropdown suggests, it does not forbid.
 */
export function oneOfValues(template: Template, key: FieldKey): string[] {
  const { rules } = template;
  const field = template.pack.fields.find((candidate) => candidate.key === key);
  if (field?.type === "one-of") return distinct(field.values ?? []);
  if (field?.type === "yes-no") return distinct([...(field.yes ?? ["是"]), ...(field.no ?? ["否"])]);
  const roles = templateRoles(template);
  switch (key) {
    case roles.archiveLevel:
      return distinct([...rules.archiveLevels, ...rules.minimums.flatMap((m) => (m.level === undefined ? [] : [m.level]))], archiveLevelKey);
    case roles.archiveGroup:
      return distinct([...rules.archiveGroups, ...rules.minimums.flatMap((m) => (m.group === undefined ? [] : [m.group]))]);
    case roles.payMethod:
      return distinct([...rules.bankPayMethods, ...rules.cashPayMethods]);
    case roles.flag:
      return distinct([...rules.modelWorkerYes, "否"]);
    default:
      return [];
  }
}

/** First spelling wins where two fold to one value (全总 and 全总级). */
function distinct(values: readonly string[], keyOf: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const key = keyOf(value.trim());
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(value.trim());
  }
  return kept;
}
