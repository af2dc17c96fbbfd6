import { cellAddress } from "../address";
import { formatYuan } from "../format/fen";
import type { TotalLabel } from "../rows/classify-row";
import type { RowView } from "../rows/row-view";
import type { TallyBook } from "../subtotals/tally-book";
import { isTextAmount } from "./amount-text";
import type { RuleContext } from "./rule-context";

/** How many text cells a message names before it says 等N处. */
const NAMED_CELLS = 5;

/** Amounts stored as text in one stretch of rows: Excel's SUM leaves exactly these out. */
class TextAmounts {
  fen = 0;
  count = 0;
  readonly cells: string[] = [];

  add(cell: string, fen: number): void {
    this.fen += fen;
    this.count++;
    if (this.cells.length < NAMED_CELLS) this.cells.push(cell);
  }

  named(): { readonly textCells: string; readonly textCellsEn: string } {
    const more = this.count > this.cells.length;
    return {
      textCells: more ? `${this.cells.join("、")}等${this.count}处` : this.cells.join("、"),
      textCellsEn: more ? `${this.cells.join(", ")} and ${this.count - this.cells.length} more` : this.cells.join(", "),
    };
  }
}

/** The rows a total row covers: every data row, one region's, or the block since the previous total row. */
export type CoverageScope = { readonly kind: "all" } | { readonly kind: "region"; readonly region: string } | { readonly kind: "block" };

export interface Coverage {
  readonly covers: CoverageScope;
  readonly sumFen: number;
  readonly scope: string;
  readonly scopeEn: string;
  readonly text: TextAmounts | undefined;
}

/**
 * 小计 rows cover the region they name (地直小计, or 地直 in the region cell), else the block of
 * data rows since the previous total row; 合计/总计/共计 cover every data row above them.
 * Compared with the sum of the amounts that could be parsed. When the gap is exactly the amounts
 * stored as text, the message names those cells: the total is a SUM that skipped them.
 */
export class TotalMismatchCheck {
  private blockFen = 0;
  private blockFirstRow = 0;
  private blockLastRow = 0;
  private blockText = new TextAmounts();
  private readonly textByRegion = new Map<string, TextAmounts>();
  private readonly allText = new TextAmounts();

  addDataRow(row: RowView, context: RuleContext): void {
    if (this.blockFirstRow === 0) this.blockFirstRow = row.rowNumber;
    this.blockLastRow = row.rowNumber;
    if (row.amountFen > 0) this.blockFen += row.amountFen;
    if (!isTextAmount(row, context)) return;
    const { roles, roleSlots } = context.compiled;
    const cell = cellAddress(row.rowNumber, context.columns[roles.amount ?? ""] ?? 0);
    const region = row.texts[roleSlots.region];
    let regionText = this.textByRegion.get(region);
    if (regionText === undefined) this.textByRegion.set(region, (regionText = new TextAmounts()));
    for (const text of [this.blockText, regionText, this.allText]) text.add(cell, row.amountFen);
  }

  /** Returns what the total row covers (null: nothing to compare with), for the checks of other columns' totals. */
  checkTotalRow(row: RowView, label: TotalLabel, tallies: TallyBook, context: RuleContext): Coverage | null {
    const coverage = label.kind === "grand" ? this.everything(tallies) : this.subtotalCoverage(row, label, tallies, context);
    this.blockFen = 0;
    this.blockFirstRow = 0;
    this.blockText = new TextAmounts();
    if (coverage === null || row.amountFen < 0 || row.amountFen === coverage.sumFen) return coverage;
    const params = {
      label: label.label,
      statedYuan: formatYuan(row.amountFen),
      sumYuan: formatYuan(coverage.sumFen),
      scope: coverage.scope,
      scopeEn: coverage.scopeEn,
    };
    const text = coverage.text;
    if (text !== undefined && text.count > 0 && row.amountFen === coverage.sumFen - text.fen) {
      context.issues.add(row, "total-mismatch", context.compiled.roles.amount!, { ...params, ...text.named(), textYuan: formatYuan(text.fen) }, "text-amounts");
    } else {
      context.issues.add(row, "total-mismatch", context.compiled.roles.amount!, params);
    }
    return coverage;
  }

  private everything(tallies: TallyBook): Coverage {
    return { covers: { kind: "all" }, sumFen: tallies.totalAmountFen(), scope: "全部", scopeEn: "all rows", text: this.allText };
  }

  private subtotalCoverage(row: RowView, label: TotalLabel, tallies: TallyBook, context: RuleContext): Coverage | null {
    const { roles, roleSlots } = context.compiled;
    const regionCell = roles.region === null || context.columns[roles.region] === label.column ? "" : row.texts[roleSlots.region];
    const region = label.namedRegion !== "" ? label.namedRegion : regionCell;
    const regionFen = region === "" ? undefined : tallies.regionAmountFen(region);
    if (regionFen !== undefined) return { covers: { kind: "region", region }, sumFen: regionFen, scope: region, scopeEn: region, text: this.textByRegion.get(region) };
    if (this.blockFirstRow === 0) return null;
    // One row is 第4行, not 第4–4行.
    const one = this.blockFirstRow === this.blockLastRow;
    const rows = one ? String(this.blockFirstRow) : `${this.blockFirstRow}–${this.blockLastRow}`;
    return { covers: { kind: "block" }, sumFen: this.blockFen, scope: `第${rows}行`, scopeEn: `${one ? "row" : "rows"} ${rows}`, text: this.blockText };
  }
}
