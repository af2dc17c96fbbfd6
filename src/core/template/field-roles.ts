import type { FieldKey } from "../fields";
import type { Pack, PackRule } from "./pack-schema";
import type { Template } from "./schema";

/**
 * The fields the engine's own checks and tallies read, named by what they mean in the pack
 * (its person, payment, dimensions, 先建档 rule, flag), or null when the pack has none.
 */
export interface FieldRoles {
  readonly name: FieldKey | null;
  readonly id: FieldKey | null;
  /** The row's amount: the first money field marked sum, else the first money field. */
  readonly amount: FieldKey | null;
  readonly account: FieldKey | null;
  readonly holder: FieldKey | null;
  readonly payMethod: FieldKey | null;
  readonly region: FieldKey | null;
  readonly group: FieldKey | null;
  readonly unit: FieldKey | null;
  readonly archiveNo: FieldKey | null;
  readonly archiveLevel: FieldKey | null;
  readonly archiveGroup: FieldKey | null;
  readonly flag: FieldKey | null;
  readonly flagAlso: FieldKey | null;
  readonly phone: FieldKey | null;
}

/** `present`: the fields left after a rules file's removals; a role on a removed field is null. */
export function fieldRoles(pack: Pack, present: ReadonlySet<FieldKey>): FieldRoles {
  const at = (key: FieldKey | undefined): FieldKey | null => (key !== undefined && present.has(key) ? key : null);
  const money = pack.fields.filter((field) => field.type === "money");
  const archive = pack.rules.find((rule): rule is Extract<PackRule, { kind: "archive-required" }> => rule.kind === "archive-required");
  const dimension = (role: "region" | "group" | "unit") => at(pack.dimensions.find((d) => d.role === role)?.field);
  const flag = pack.flags?.[0];
  return {
    name: at(pack.person.name),
    id: at(pack.person.id),
    amount: at((money.find((field) => field.sum === true) ?? money[0])?.key),
    account: at(pack.payment?.account),
    holder: at(pack.payment?.holder),
    payMethod: at(pack.payment?.method),
    region: dimension("region"),
    group: dimension("group"),
    unit: dimension("unit"),
    archiveNo: at(archive?.field),
    archiveLevel: at(archive?.level),
    archiveGroup: at(archive?.group),
    flag: at(flag?.field),
    flagAlso: at(flag?.alsoWhen?.field),
    phone: at(pack.fields.find((field) => field.type === "phone")?.key),
  };
}

/** The roles of a template's fields, after a rules file's removals. */
export function templateRoles(template: Template): FieldRoles {
  return fieldRoles(template.pack, new Set(template.fields.map((spec) => spec.key)));
}

/**
 * The money fields whose sum is a row's amount, in pack order: those marked sum (劳模慰问: 慰问金 +
 * 特殊困难帮扶金), else the amount alone; `present` as for fieldRoles.
 */
export function summedFields(pack: Pack, present: ReadonlySet<FieldKey>, amount: FieldKey | null): FieldKey[] {
  const summed = pack.fields.filter((field) => field.type === "money" && field.sum === true && present.has(field.key)).map((field) => field.key);
  return summed.length > 0 ? summed : amount === null ? [] : [amount];
}
