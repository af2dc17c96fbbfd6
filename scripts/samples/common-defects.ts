import type { PackDefectRecipe, PackRow } from "./pack-sample";

type Where = PackDefectRecipe["where"];

/** The mistakes every roster gets, whatever its form: one recipe each, named for the mistake. */

/** An 18-digit ID typed as a number: Excel keeps 15 significant digits, the last three become 000. */
export function idTypedAsNumber(field: string, who: string, where: Where): PackDefectRecipe {
  return {
    code: "id-invalid",
    severity: "error",
    flagged: field,
    description: `${who}身份证号按数字录入，Excel 只保留 15 位有效数字（末三位变成 000）`,
    where,
    changes: (row) => ({ [field]: Number(String(row[field]).slice(0, 15) + "000") }),
  };
}

/** The ID of the sheet's first row (sheet row 4) typed again further down. */
export function sameIdAsFirstRow(field: string, description: string, where: Where): PackDefectRecipe {
  return { code: "duplicate-person", severity: "error", flagged: field, description, where, changes: (_, rows) => ({ [field]: rows[0][field] }) };
}

/**
 * A family member's card: the holder is someone else. `account-holder-mismatch` where the holder
 * must be the person; `value-mismatch` where a pack's equals-field rule allows several names.
 */
export function holderIsSomeoneElse(code: string, nameField: string, given: string, description: string, where: Where): PackDefectRecipe {
  return {
    code,
    severity: "error",
    flagged: "accountHolder",
    description,
    where: (row, i) => where(row, i) && !String(row[nameField]).includes("·"),
    changes: (row) => ({ accountHolder: `${String(row[nameField])[0] === "王" ? "李" : "王"}${given}` }),
  };
}

export function phoneOneDigitShort(where: Where): PackDefectRecipe {
  return { code: "phone-invalid", severity: "warning", flagged: "phone", description: "手机号少一位", where, changes: (row) => ({ phone: String(row.phone).slice(0, 10) }) };
}

export function accountLastDigitWrong(where: Where): PackDefectRecipe {
  return {
    code: "account-checksum",
    severity: "warning",
    flagged: "account",
    description: "银行卡号末位抄错，Luhn 校验不通过",
    where,
    changes: (row: PackRow) => ({ account: String(row.account).slice(0, -1) + ((Number(String(row.account).slice(-1)) + 1) % 10) }),
  };
}
