import { ownCopy } from "../rows/own-copy";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { compareKey, fieldNamesOf, slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "unique", "fields": ["studentId"]}`: no two rows share these fields' values (compared
 * without spaces, in half width); a row with any of them empty is not compared. Every later row
 * names the first. Reported on the first field.
 */
export function uniqueCheck(rule: Extract<PackRule, { kind: "unique" }>, compiled: CompiledTemplate): RowCheck {
  const slots = rule.fields.map((key) => slotOf(compiled, key));
  const names = fieldNamesOf(compiled, rule.fields, { zh: "、", en: ", " });
  const firstRows = new Map<string, number>();
  return {
    check(row, context) {
      let key = "";
      for (let i = 0; i < slots.length; i++) {
        const text = row.texts[slots[i]];
        if (text === "") return;
        key += (i === 0 ? "" : "\u0000") + compareKey(text);
      }
      const firstRow = firstRows.get(key);
      if (firstRow === undefined) {
        firstRows.set(ownCopy(key), row.rowNumber);
        return;
      }
      context.issues.add(row, "duplicate-value", rule.fields[0], { fields: names.zh, fieldsEn: names.en, firstRow }, "default", rule.severity);
    },
  };
}
