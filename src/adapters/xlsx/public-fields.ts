import type { FieldKey } from "../../core/fields";
import { summedFields, templateRoles } from "../../core/template/field-roles";
import type { Template } from "../../core/template/schema";

/**
 * The columns a 公示 list may show, found by their roles in the template so every form publishes
 * alike: 地区, 单位, the person's name, their ID (masked whole, and only in one unit's own list) and
 * the amount — every money column the amount sums (劳模慰问: 慰问金 and 特殊困难帮扶金). Groups
 * such as 困难职工 or 入学层次 are left out with the account, phone and archive columns: hardship
 * data is sensitive personal information and must not be published.
 */
export interface PublicFields {
  readonly region: FieldKey | null;
  readonly unit: FieldKey | null;
  readonly name: FieldKey | null;
  readonly id: FieldKey | null;
  readonly amounts: readonly FieldKey[];
}

export function publicFields(template: Template): PublicFields {
  const roles = templateRoles(template);
  return {
    region: roles.region,
    unit: roles.unit,
    name: roles.name,
    id: roles.id,
    amounts: summedFields(template.pack, new Set(template.fields.map((spec) => spec.key)), roles.amount),
  };
}
