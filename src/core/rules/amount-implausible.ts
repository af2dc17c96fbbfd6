import { formatYuan } from "../format/fen";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/** 100 万元 for one household: no clerk means that; a yuan figure went into a 万元 column. */
const YUAN_UNDER_WAN_FEN = 100 * 10000 * 100;
/** The amount's name in the default wording. */
const SONGWENNUAN_TERM = "慰问金额";

/** Above the template's per-household ceiling: an extra 0, a value from another row, or 元 under 万元. */
export function checkAmountImplausible(row: RowView, context: RuleContext): void {
  const fen = row.amountFen;
  if (fen <= context.compiled.amountCeilingFen) return;
  const amountYuan = formatYuan(fen);
  if (context.amountScale === 10000 && fen >= YUAN_UNDER_WAN_FEN) {
    // The figure typed is fen / 10^6; meant as yuan, in 万元 it is fen / 10^10.
    const asWan = String(Number((fen / 1e10).toPrecision(15)));
    const { roles, roleSlots } = context.compiled;
    context.issues.add(row, "amount-implausible", roles.amount!, { typed: row.texts[roleSlots.amount], amountYuan, asWan }, "wan");
    return;
  }
  const amount = context.compiled.roles.amount!;
  const ceilingYuan = formatYuan(context.compiled.amountCeilingFen);
  // 送温暖's wording names 慰问金额; a pack whose amount is called otherwise (资助金额) is named by its own term.
  const names = context.compiled.fieldNames.get(amount);
  if (names === undefined || names.field === SONGWENNUAN_TERM) context.issues.add(row, "amount-implausible", amount, { amountYuan, ceilingYuan });
  else context.issues.add(row, "amount-implausible", amount, { ...names, amountYuan, ceilingYuan }, "field");
}
