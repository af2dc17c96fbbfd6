import type { FieldKey } from "../fields";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import type { CompiledTemplate } from "../template/compile-template";

/** A field's slot in a RowView; a field a rules file removed reads the always-empty slot. */
export function slotOf(compiled: CompiledTemplate, key: FieldKey): number {
  return compiled.slots.get(key) ?? compiled.emptySlot;
}

/** How messages name fields: 学生姓名、家长姓名 / studentName, parentName. */
export function fieldNamesOf(compiled: CompiledTemplate, keys: readonly FieldKey[], joiner: { zh: string; en: string }): { zh: string; en: string } {
  const names = keys.map((key) => compiled.fieldNames.get(key) ?? { field: key, fieldEn: key });
  return { zh: names.map((name) => name.field).join(joiner.zh), en: names.map((name) => name.fieldEn).join(joiner.en) };
}

/** Text as compared between cells: full-width letters and spaces make no difference (张 三, ＱＺ1001). */
export function compareKey(text: string): string {
  return withoutSpaces(toHalfWidth(text));
}
