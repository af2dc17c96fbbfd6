import { formatYuan } from "../format/fen";
import type { TotalLabel } from "../rows/classify-row";
import type { RowView } from "../rows/row-view";
import type { TallyBook } from "../subtotals/tally-book";
import type { RuleContext } from "./rule-context";

interface Coverage {
  readonly sumFen: number;
  readonly scope: string;
  readonly scopeEn: string;
}

/**
 * 小计 rows cover the region they name (地直小计, or 地直 in the region cell), else the block of
 * data rows since the previous total row; 合计/总计/共计 cover every data row above them.
 * Compared with the sum of the amounts that could be parsed.
 */
export class TotalMismatchCheck {
  private blockFen = 0;
  private blockFirstRow = 0;
  private blockLastRow = 0;

  addDataRow(row: RowView): void {
    if (this.blockFirstRow === 0) this.blockFirstRow = row.rowNumber;
    this.blockLastRow = row.rowNumber;
    if (row.amountFen > 0) this.blockFen += row.amountFen;
  }

  checkTotalRow(row: RowView, label: TotalLabel, tallies: TallyBook, context: RuleContext): void {
    const coverage = label.kind === "grand" ? this.everything(tallies) : this.subtotalCoverage(row, label, tallies, context);
    this.blockFen = 0;
    this.blockFirstRow = 0;
    if (coverage === null || row.amountFen < 0 || row.amountFen === coverage.sumFen) return;
    context.issues.add(row, "total-mismatch", "amount", {
      label: label.label,
      statedYuan: formatYuan(row.amountFen),
      sumYuan: formatYuan(coverage.sumFen),
      scope: coverage.scope,
      scopeEn: coverage.scopeEn,
    });
  }

  private everything(tallies: TallyBook): Coverage {
    return { sumFen: tallies.totalAmountFen(), scope: "全部", scopeEn: "all rows" };
  }

  private subtotalCoverage(row: RowView, label: TotalLabel, tallies: TallyBook, context: RuleContext): Coverage | null {
    const regionCell = context.columns.region === label.column ? "" : row.text("region");
    const region = label.namedRegion !== "" ? label.namedRegion : regionCell;
    const regionFen = region === "" ? undefined : tallies.regionAmountFen(region);
    if (regionFen !== undefined) return { sumFen: regionFen, scope: region, scopeEn: region };
    if (this.blockFirstRow === 0) return null;
    const rows = `${this.blockFirstRow}–${this.blockLastRow}`;
    return { sumFen: this.blockFen, scope: `第${rows}行`, scopeEn: `rows ${rows}` };
  }
}
