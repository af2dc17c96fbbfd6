import { columnLetters } from "../address";
import type { AmountUnitDoubt } from "../check/types";
import { formatYuan } from "../format/fen";
import type { RowView } from "../rows/row-view";
import type { RuleContext } from "./rule-context";

/**
 * Why these thresholds. Every form this product checks pays a household hundreds to thousands of
 * 元 (the packs' minimums are 500 元 and up, 金秋助学 grants thousands), so in 元 no real roster has
 * most of its amounts under 10 元, let alone one under 1 元. In 万元 that is exactly how it looks:
 * 0.1, 0.15, 0.2 are 1,000–2,000 元. So the sheet is doubted when at least 80% of its positive
 * amounts are under 10 元 (one 元 figure typed among 万元 ones does not hide it) and at least one is
 * under 1 元. Zero amounts are left out: a 0 may be meant (a part not paid).
 */
const SMALL_FEN = 10 * 100;
const FRACTION_FEN = 100;
const SHARE_PERCENT = 80;
/** How many of the small amounts the message quotes. */
const EXAMPLES = 3;

/**
 * A roster whose amounts look like 万元 though no title, 单位 line or heading says so: read as 元,
 * its total and summary would be ten thousand times too small with no word. A tally per data row
 * (three counters, a few texts kept), judged once at the end of the sheet.
 */
export class AmountUnitTally {
  private positive = 0;
  private small = 0;
  private fraction = 0;
  private sumFen = 0;
  private readonly examples: string[] = [];

  add(row: RowView, context: RuleContext): void {
    const fen = row.amountFen;
    if (fen <= 0) return;
    this.positive++;
    this.sumFen += fen;
    if (fen >= SMALL_FEN) return;
    this.small++;
    if (fen < FRACTION_FEN) this.fraction++;
    if (this.examples.length < EXAMPLES) this.examples.push(row.texts[context.compiled.roleSlots.amount]);
  }

  /**
   * Under a header known to be in 万元 nothing is doubted: the reader has converted already. Where
   * the heading or a 单位 line says 元, the figures are doubted all the same (a 万元 column pasted
   * under a 元 heading), in words that do not claim no unit was written.
   */
  report(headerRow: number, unitStated: boolean, context: RuleContext): AmountUnitDoubt | undefined {
    if (context.amountScale !== 1 || this.fraction === 0 || this.small * 100 < this.positive * SHARE_PERCENT) return undefined;
    const amount = context.compiled.roles.amount!;
    const column = context.columns[amount];
    if (column === undefined) return undefined;
    const names = context.compiled.fieldNames.get(amount) ?? { field: "慰问金额", fieldEn: "amount" };
    const more = this.small > this.examples.length;
    const doubt: AmountUnitDoubt = {
      column: columnLetters(column),
      examples: this.examples,
      small: this.small,
      positive: this.positive,
      sumYuan: formatYuan(this.sumFen),
      // The sum as it would be were the figures 万元: the figure the clerk probably means.
      asWanYuan: formatYuan(this.sumFen * 10000),
    };
    const params = {
      ...names,
      column: doubt.column,
      small: doubt.small,
      positive: doubt.positive,
      examples: this.examples.join("、") + (more ? "等" : ""),
      examplesEn: this.examples.join(", ") + (more ? "…" : ""),
      sumYuan: doubt.sumYuan,
      asWanYuan: doubt.asWanYuan,
    };
    // Shown beside the message: the figures, not the heading's cell (which the list would call empty).
    context.issues.addAt(headerRow, column, "amount-unit-suspect", amount, params, unitStated ? "statedYuan" : "default", params.examples);
    return doubt;
  }
}
