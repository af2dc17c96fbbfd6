import type { RuleParams } from "../template/schema";

/**
 * The most one household is paid before the amount is questioned. Templates that set no ceiling
 * get this one: no 送温暖 tier on record comes near it (the highest seen: 本专科 助学 12,450 元).
 */
export const DEFAULT_AMOUNT_CEILING_YUAN = 20_000;

/** The template's own ceiling where it declares one (`rules.amountCeilingYuan`), else the default. */
export function amountCeilingYuan(rules: RuleParams): number {
  const declared = (rules as Partial<Record<"amountCeilingYuan", unknown>>).amountCeilingYuan;
  return typeof declared === "number" && declared > 0 ? declared : DEFAULT_AMOUNT_CEILING_YUAN;
}
