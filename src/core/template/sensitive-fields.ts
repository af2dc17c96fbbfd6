import type { FieldKey } from "../fields";
import type { FieldType } from "./pack-schema";
import type { Template } from "./schema";

/** Types whose columns hold personal data unless the pack says otherwise. */
const SENSITIVE_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(["id-number", "bank-account", "phone"]);

/** The template's sensitive personal data: masked on screen and in 校验结果, left out of 公示版. */
export function sensitiveFields(template: Template): Set<FieldKey> {
  const declared = new Map(template.pack.fields.map((field) => [field.key, field]));
  return new Set(
    template.fields
      .filter((spec) => {
        const field = declared.get(spec.key);
        return field?.sensitive ?? (field !== undefined && SENSITIVE_TYPES.has(field.type));
      })
      .map((spec) => spec.key),
  );
}
