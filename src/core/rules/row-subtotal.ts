import { cellAddress } from "../address";
import type { Severity } from "../check/types";
import type { FieldKey } from "../fields";
import { formatYuan } from "../format/fen";
import { AMOUNT_INVALID } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";
import type { CompiledTemplate } from "../template/compile-template";
import type { RuleContext } from "./rule-context";
import type { Coverage } from "./total-mismatch";

/**
 * `{"kind": "row-subtotal", "field": "subtotal"}` (劳模慰问's 小计): each data row's own 小计 is the
 * sum of its summed money columns, an empty one counting 0 as Excel's SUM counts it; a row with an
 * unreadable part, or with every part empty, is not compared (their own checks speak). A 小计/合计
 * row's cell in the column is the sum of that column over the rows the total covers and of their
 * money columns: a 合计 that agrees with neither, or with only one, is named with both figures.
 */
export class RowSubtotalCheck {
  private readonly slot: number;
  private readonly partSlots: Int32Array;
  private readonly names: { readonly field: string; readonly fieldEn: string; readonly parts: string; readonly partsEn: string };
  private allFen = 0;
  private blockFen = 0;
  private readonly byRegion = new Map<string, number>();

  constructor(
    private readonly field: FieldKey,
    compiled: CompiledTemplate,
    private readonly severity: Severity | undefined,
  ) {
    this.slot = compiled.slots.get(field)!;
    const parts = compiled.summedFields.filter((key) => key !== field);
    this.partSlots = Int32Array.from(parts, (key) => compiled.slots.get(key)!);
    const name = (key: FieldKey) => compiled.fieldNames.get(key) ?? { field: key, fieldEn: key };
    this.names = {
      ...name(field),
      parts: joinNames(parts.map((key) => name(key).field)),
      partsEn: parts.map((key) => name(key).fieldEn).join(" and "),
    };
  }

  addDataRow(row: RowView, context: RuleContext): void {
    const stated = row.fens[this.slot];
    if (stated < 0) return;
    const region = row.texts[context.compiled.roleSlots.region];
    this.allFen += stated;
    this.blockFen += stated;
    this.byRegion.set(region, (this.byRegion.get(region) ?? 0) + stated);
    const sum = this.partsFen(row);
    if (sum === null || sum === stated) return;
    const params = { ...this.names, subtotalCell: this.cell(row, context), statedYuan: formatYuan(stated), sumYuan: formatYuan(sum), differenceYuan: formatYuan(Math.abs(stated - sum)) };
    context.issues.add(row, "row-subtotal-mismatch", this.field, params, "default", this.severity);
  }

  /** After TotalMismatchCheck has judged the row's amount: `coverage` is what it compared with. */
  checkTotalRow(row: RowView, label: string, coverage: Coverage | null, context: RuleContext): void {
    const subtotalsFen = coverage === null ? null : this.coveredFen(coverage);
    this.blockFen = 0;
    const stated = row.fens[this.slot];
    if (coverage === null || subtotalsFen === null || stated < 0) return;
    if (stated === subtotalsFen && stated === coverage.sumFen) return;
    const params = {
      ...this.names,
      subtotalCell: this.cell(row, context),
      label,
      statedYuan: formatYuan(stated),
      subtotalsYuan: formatYuan(subtotalsFen),
      sumYuan: formatYuan(coverage.sumFen),
      scope: coverage.scope,
      scopeEn: coverage.scopeEn,
    };
    context.issues.add(row, "row-subtotal-mismatch", this.field, params, "total", this.severity);
  }

  private coveredFen({ covers }: Coverage): number | null {
    if (covers.kind === "all") return this.allFen;
    if (covers.kind === "block") return this.blockFen;
    return this.byRegion.get(covers.region) ?? 0;
  }

  /** The row's parts summed, or null when one is unreadable or all are empty. */
  private partsFen(row: RowView): number | null {
    let sum: number | null = null;
    for (let i = 0; i < this.partSlots.length; i++) {
      const fen = row.fens[this.partSlots[i]];
      if (fen === AMOUNT_INVALID) return null;
      if (fen >= 0) sum = (sum ?? 0) + fen;
    }
    return sum;
  }

  private cell(row: RowView, context: RuleContext): string {
    return cellAddress(row.rowNumber, context.columns[this.field] ?? 0);
  }
}

/** One check per `row-subtotal` rule of the pack whose 小计 column the header has. */
export function rowSubtotalChecks(compiled: CompiledTemplate, columns: Readonly<Partial<Record<FieldKey, number>>>): RowSubtotalCheck[] {
  return compiled.genericRules.flatMap((rule) => (rule.kind === "row-subtotal" && columns[rule.field] !== undefined && compiled.slots.has(rule.field) ? [new RowSubtotalCheck(rule.field, compiled, rule.severity)] : []));
}

/** 慰问金与特殊困难帮扶金; three or more: 甲、乙与丙. */
function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join("、")}与${names[names.length - 1]}`;
}
