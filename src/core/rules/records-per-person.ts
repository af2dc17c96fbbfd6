import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
import { FoldedKeyTable } from "./folded-key-table";
import { personKey } from "./person-keys";
import type { RowCheck } from "./rule-context";

/**
 * `{"kind": "records-per-person", "max": 3}`: a 帮扶台账 keeps several records of one person, up to
 * `max`; each row past it names the person's first row. People are told apart by the pack's
 * person ID (an old 15-digit ID as its 18-digit successor); rows without one are not counted.
 * Across submissions the consolidation counts on (person-index.ts).
 */
export function recordsPerPersonCheck(rule: Extract<PackRule, { kind: "records-per-person" }>, compiled: CompiledTemplate): RowCheck | null {
  const idField = compiled.roles.id;
  // pack-problems warns of a rule that can never fire: no person ID to count by.
  if (idField === null) return null;
  const names = compiled.fieldNames.get(idField) ?? { field: idField, fieldEn: idField };
  // Each person's note is the rows counted before this one.
  const people = new FoldedKeyTable("width");
  return {
    check(row, context) {
      if (row.idNumber === "") return;
      const person = people.intern(personKey(row), row.rowNumber);
      const count = people.note(person) + 1;
      people.setNote(person, count);
      if (count <= rule.max) return;
      const params = { ...names, firstRow: people.firstRow(person), count, max: rule.max };
      context.issues.add(row, "too-many-records", idField, params, "default", rule.severity);
    },
  };
}
