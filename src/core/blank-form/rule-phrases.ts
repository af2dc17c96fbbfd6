import { formatYuan } from "../format/fen";
import type { FieldKey } from "../fields";
import { templateRoles } from "../template/field-roles";
import type { Minimum, Template } from "../template/schema";

/**
 * The template's rules said in plain Chinese, shared by the input messages and the 填报说明 sheet so
 * both say the same thing. Each returns null when the template has nothing to say.
 */

/** 1000 → "1,000"; 1000.5 → "1,000.50". */
export function yuanText(yuan: number): string {
  return formatYuan(Math.round(yuan * 100)).replace(/\.00$/, "");
}

export function listText(values: readonly string[]): string {
  return values.join("、");
}

/** The column's header as the clerk sees it on this form. */
export function labelOf(template: Template, key: FieldKey | null): string | null {
  return key === null ? null : template.fields.find((spec) => spec.key === key)?.label ?? null;
}

/** 先建档、后帮扶: who must carry an archive number. */
export function archiveRequirement(template: Template): string | null {
  const { archiveLevels, archiveGroups } = template.rules;
  const roles = templateRoles(template);
  const level = labelOf(template, roles.archiveLevel);
  const group = labelOf(template, roles.archiveGroup);
  const who = [
    archiveLevels.length > 0 && level ? `${level}为${listText(archiveLevels)}` : null,
    archiveGroups.length > 0 && group ? `${group}为${listText(archiveGroups)}` : null,
  ].filter((part): part is string => part !== null);
  const archiveNo = labelOf(template, roles.archiveNo);
  if (who.length === 0 || archiveNo === null) return null;
  return `${who.join("或")}的，必须填写${archiveNo}（先建档、后帮扶）。`;
}

/**
 * "全总·困难职工 每户不低于 1,200 元" for each entry of the minimum table. A 0 元 entry is how a
 * province says "no minimum" (an empty table is refused as switching every minimum off): no line.
 */
export function minimumLines(template: Template): string[] {
  return template.rules.minimums.filter((minimum) => minimum.minYuan > 0).map((minimum) => `${minimumScope(minimum)}每户不低于 ${yuanText(minimum.minYuan)} 元`);
}

function minimumScope({ level, group }: Minimum): string {
  if (level !== undefined && group !== undefined) return `${level}${group}`;
  return level ?? group ?? "所有对象";
}

/** 发放方式 that pay into an account need one; cash is allowed with a warning. */
export function bankAccountRequirement(template: Template): string | null {
  const roles = templateRoles(template);
  const account = labelOf(template, roles.account);
  const payMethod = labelOf(template, roles.payMethod);
  const { bankPayMethods } = template.rules;
  if (account === null || payMethod === null || bankPayMethods.length === 0) return null;
  return `${payMethod}为${listText(bankPayMethods)}或未填的，必须填写${account}。`;
}

export function accountHolderRequirement(template: Template): string | null {
  const roles = templateRoles(template);
  const holder = labelOf(template, roles.holder);
  const name = labelOf(template, roles.name);
  return holder === null || name === null ? null : `${holder}必须与${name}相同（严禁代签代领）。`;
}
