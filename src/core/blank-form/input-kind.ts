import type { FieldKey } from "../fields";
import { templateRoles } from "../template/field-roles";
import type { Template } from "../template/schema";

/**
 * How a column is typed into a blank form: from the field's type in the pack, and for text fields
 * from what the pack's rules make of them (an archive number keeps its leading zeros; the 建档
 * level and group, the 发放方式 and the flag are chosen from the values the rules name).
 */
export type InputKind = "text" | "id-number" | "bank-account" | "phone" | "archive-number" | "money" | "one-of";

export function inputKind(template: Template, key: FieldKey): InputKind {
  const type = template.pack.fields.find((field) => field.key === key)?.type ?? "text";
  switch (type) {
    case "id-number":
    case "bank-account":
    case "phone":
    case "money":
    case "one-of":
      return type;
    case "yes-no":
      return "one-of";
    default: {
      const roles = templateRoles(template);
      if (key === roles.archiveNo) return "archive-number";
      return [roles.archiveLevel, roles.archiveGroup, roles.payMethod, roles.flag].includes(key) ? "one-of" : "text";
    }
  }
}

/**
 * Kinds whose cells must be text: a number loses digits past the 15th (IDs, cards) or its leading
 * zeros (landlines 0902…, archive numbers 000123).
 */
export function needsTextFormat(kind: InputKind): boolean {
  return kind === "id-number" || kind === "bank-account" || kind === "phone" || kind === "archive-number";
}
