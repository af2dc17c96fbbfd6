import type { FieldKey } from "../fields";
import type { Template } from "../template/schema";
import type { MessageText } from "./catalogue";

/** How messages name a column, whatever header the unit used: the pack's term, else its label (and key in English). */
export function fieldName(template: Template, key: FieldKey): MessageText {
  const field = template.pack.fields.find((candidate) => candidate.key === key);
  if (field?.term !== undefined) return field.term;
  const label = field?.label ?? template.fields.find((spec) => spec.key === key)?.label ?? key;
  return { zh: label, en: key };
}
