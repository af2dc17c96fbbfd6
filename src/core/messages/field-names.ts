import type { FieldKey } from "../fields";
import type { Template } from "../template/schema";
import type { MessageText } from "./catalogue";

/** 资助金额（元） is named 资助金额 in a sentence that gives the unit itself. */
const BRACKETED_UNIT = /\s*[（(][^（()）]*[)）]$/;

/** How messages name a column, whatever header the unit used: the pack's term, else its label (and key in English). */
export function fieldName(template: Template, key: FieldKey): MessageText {
  const field = template.pack.fields.find((candidate) => candidate.key === key);
  if (field?.term !== undefined) return field.term;
  const label = field?.label ?? template.fields.find((spec) => spec.key === key)?.label ?? key;
  return { zh: label.replace(BRACKETED_UNIT, ""), en: key };
}
