import { ownCopy } from "../rows/own-copy";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackRule } from "../template/pack-schema";
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
  const seen = new Map<string, { count: number; readonly firstRow: number }>();
  return {
    check(row, context) {
      if (row.idNumber === "") return;
      const key = personKey(row);
      const entry = seen.get(key);
      if (entry === undefined) {
        seen.set(ownCopy(key), { count: 1, firstRow: row.rowNumber });
        return;
      }
      entry.count++;
      if (entry.count <= rule.max) return;
      const params = { ...names, firstRow: entry.firstRow, count: entry.count, max: rule.max };
      context.issues.add(row, "too-many-records", idField, params, "default", rule.severity);
    },
  };
}
