import type { FieldKey } from "../fields";
import { checkAccount } from "../id/bank-account";
import { checkIdNumber, normalizeIdNumber } from "../id/id-number";
import { AMOUNT_INVALID } from "../rows/parse-amount";
import { parseDateKey } from "../rows/parse-date";
import { parseNumber } from "../rows/parse-number";
import type { CompiledTemplate } from "../template/compile-template";
import type { PackField } from "../template/pack-schema";
import { reportAccountCheck } from "./account-invalid";
import { reportAmountInvalid } from "./amount-invalid";
import { reportIdCheck } from "./id-invalid";
import { oneOfCheck } from "./one-of";
import { isPhone } from "./phone-invalid";
import { slotOf } from "./rule-fields";
import type { RowCheck } from "./rule-context";

const WHOLE = /^\d+$/;

/**
 * The checks a field's type implies, for the fields the engine's own checks do not already read
 * (the person's ID, the payment's account, the amount and the first phone are theirs): a second
 * ID (a parent's), a second account, another phone, another money column, dates, whole numbers,
 * yes/no and one-of lists. `listed`: fields a one-of rule already checks.
 */
export function typeChecks(compiled: CompiledTemplate, listed: ReadonlySet<FieldKey>): RowCheck[] {
  const { roles } = compiled;
  const own = new Set([roles.id, roles.account, roles.amount, roles.phone]);
  return compiled.pack.fields.flatMap((field): RowCheck[] => {
    if (!compiled.slots.has(field.key) || own.has(field.key)) return [];
    const check = typeCheck(compiled, field, listed);
    return check === null ? [] : [check];
  });
}

function typeCheck(compiled: CompiledTemplate, field: PackField, listed: ReadonlySet<FieldKey>): RowCheck | null {
  const key = field.key;
  const slot = slotOf(compiled, key);
  const names = compiled.fieldNames.get(key);
  switch (field.type) {
    case "id-number":
      return {
        check(row, context) {
          const text = row.texts[slot];
          if (text === "") return;
          const normalized = normalizeIdNumber(text);
          const check = checkIdNumber(row.values[slot], normalized, context.todayKey);
          if (check === "legacy") context.issues.add(row, "id-legacy", key);
          else reportIdCheck(row, context, key, slot, check, normalized);
        },
      };
    case "bank-account":
      return {
        check(row, context) {
          const text = row.texts[slot];
          if (text === "") return;
          const check = checkAccount(row.values[slot], text, false);
          if (check === "luhn") context.issues.add(row, "account-checksum", key);
          else reportAccountCheck(row, context, key, slot, check);
        },
      };
    case "phone":
      return {
        check(row, context) {
          const text = row.texts[slot];
          if (text !== "" && !isPhone(text)) context.issues.add(row, "phone-invalid", key);
        },
      };
    case "money":
      return {
        check(row, context) {
          if (row.fens[slot] !== AMOUNT_INVALID) return;
          reportAmountInvalid(row, context, key, slot, names, "field");
        },
      };
    case "date":
      return {
        check(row, context) {
          const text = row.texts[slot];
          if (text !== "" && parseDateKey(text) === null) context.issues.add(row, "date-invalid", key, names);
        },
      };
    case "integer":
      return {
        check(row, context) {
          const value = row.values[slot];
          const text = row.texts[slot];
          const whole = typeof value === "number" ? Number.isInteger(value) && value >= 0 : WHOLE.test(text);
          if (text !== "" && !whole) context.issues.add(row, "integer-invalid", key, names);
        },
      };
    case "number":
      return {
        check(row, context) {
          const text = row.texts[slot];
          if (text !== "" && parseNumber(row.values[slot], text) === null) context.issues.add(row, "number-invalid", key, names);
        },
      };
    case "yes-no":
      return listed.has(key) ? null : oneOfCheck(compiled, key, [...(field.yes ?? ["是"]), ...(field.no ?? ["否"])]);
    case "one-of":
      return listed.has(key) ? null : oneOfCheck(compiled, key, field.values ?? [], field.open === true ? "warning" : undefined);
    default:
      return null;
  }
}
