/**
 * What 加上填写规则 wrote, kept in the workbook (a custom XML part, like the marks ledger) so 清除
 * removes exactly that — from the ribbon or the pane, after saving and reopening — and never a
 * validation the clerk made: per sheet, the A1 ranges (no sheet name) that now carry our rules.
 */
export const FILL_RULES_NAMESPACE = "urn:baobiao-zhushou:fill-rules:1";

export interface FillRulesLedger {
  readonly sheets: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_LEDGER: FillRulesLedger = { sheets: {} };

export function asFillRulesLedger(value: unknown): FillRulesLedger {
  const sheets = (value as Partial<FillRulesLedger> | null)?.sheets;
  if (typeof sheets !== "object" || sheets === null) return EMPTY_LEDGER;
  const valid = Object.entries(sheets).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((range) => typeof range === "string"),
  );
  return { sheets: Object.fromEntries(valid) };
}

/** The ledger with one sheet's ranges replaced (none: the sheet is dropped). */
export function withSheet(ledger: FillRulesLedger, sheet: string, ranges: readonly string[]): FillRulesLedger {
  const { [sheet]: _replaced, ...others } = ledger.sheets;
  return { sheets: ranges.length === 0 ? others : { ...others, [sheet]: ranges } };
}
