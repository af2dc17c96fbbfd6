import { cellText } from "../rows/cell-text";
import { parseAmountFen } from "../rows/parse-amount";
import { parseDateKey } from "../rows/parse-date";
import { parseNumber } from "../rows/parse-number";
import type { ColumnChoice } from "./column-kind";
import type { SheetSample } from "./sheet-sample";

/** A rule the rows themselves suggest, by sheet column; draft-pack.ts names the fields. */
export type GuessedRule =
  | { readonly kind: "date-order"; readonly field: number; readonly notBefore: number }
  | { readonly kind: "equals-expression"; readonly field: number; readonly op: "*" | "+"; readonly operands: readonly [number, number] };

/** Rows that must bear a relation out before it is offered, and the share of the compared rows that may break it (a planted mistake). */
const MIN_ROWS = 4;
const MAX_BROKEN_SHARE = 0.1;

/**
 * Relations every row (but the odd mistake) keeps: a later date never before an earlier one
 * (出院日期 after 入院日期), a money column that is another times a rate (互助金额 = 自付金额 ×
 * 给付比例) or the sum of two others (小计 = 慰问金 + 帮扶金). Offered, never imposed: the clerk
 * accepts or drops each.
 */
export function guessRules(choices: readonly ColumnChoice[], sample: SheetSample): GuessedRule[] {
  const of = (kind: ColumnChoice["kind"]) => choices.filter((choice) => choice.kind === kind).map((choice) => choice.column);
  const dates = of("date");
  const money = of("money");
  const rates = of("number");
  const dateAt = (row: number, column: number) => parseDateKey(cellText(sample.rows[row][column - 1]));
  const fenAt = (row: number, column: number) => {
    const fen = parseAmountFen(sample.rows[row][column - 1], choices[column - 1].unit === "万元" ? 10000 : 1);
    return fen >= 0 ? fen : null;
  };
  const rateAt = (row: number, column: number) => {
    const text = cellText(sample.rows[row][column - 1]);
    return text === "" ? null : parseNumber(sample.rows[row][column - 1], text);
  };
  const holds = (test: (row: number) => boolean | null) => {
    let kept = 0;
    let broken = 0;
    for (let row = 0; row < sample.rows.length; row++) {
      const result = test(row);
      if (result === true) kept++;
      else if (result === false) broken++;
    }
    return kept >= MIN_ROWS && broken <= MAX_BROKEN_SHARE * (kept + broken);
  };
  const rules: GuessedRule[] = [];
  dates.forEach((earlier, i) => {
    for (const later of dates.slice(i + 1)) {
      const order = (row: number) => {
        const [a, b] = [dateAt(row, earlier), dateAt(row, later)];
        return a === null || b === null ? null : b >= a;
      };
      if (holds(order)) rules.push({ kind: "date-order", field: later, notBefore: earlier });
    }
  });
  for (const field of money) {
    const others = money.filter((column) => column !== field);
    const found =
      others.flatMap((base) => rates.map((rate) => [base, rate] as const)).find(([base, rate]) =>
        holds((row) => {
          const [result, amount, share] = [fenAt(row, field), fenAt(row, base), rateAt(row, rate)];
          return result === null || amount === null || share === null ? null : Math.abs(result - Math.round(amount * share)) <= 1;
        }),
      ) ?? null;
    if (found !== null) {
      rules.push({ kind: "equals-expression", field, op: "*", operands: found });
      continue;
    }
    const pair = others.flatMap((a, i) => others.slice(i + 1).map((b) => [a, b] as const)).find(([a, b]) =>
      holds((row) => {
        const [result, left, right] = [fenAt(row, field), fenAt(row, a), fenAt(row, b)];
        return result === null || left === null || right === null ? null : result === left + right;
      }),
    );
    if (pair !== undefined) rules.push({ kind: "equals-expression", field, op: "+", operands: pair });
  }
  return rules;
}
