import { cellAddress } from "../../core/address";
import { fenToYuan } from "../../core/format/fen";
import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import type { FormReportInput } from "../../core/report/report-input";
import { statsGrid, statsTable, type StatsTable, type StatsValue } from "../../core/report/stats-table";
import { tallyLabels } from "../../core/subtotals/tally-labels";
import type { Template } from "../../core/template/schema";
import { collectBytes, NEW_WORKBOOK_BOLD, writeNewWorkbook } from "./package/new-workbook";
import type { NewSheet, TableCell } from "./package/worksheet-xml";

/**
 * 统计表.xlsx (`--stats`): each form's 统计表 laid out as in the Word report — 单位, each 类别 over
 * 户数 and 金额（元）, 合计, the flag's 户数; the header's spans merged — counts and 元 as numbers, so
 * the clerk's SUM over a column gives the 合计 row. One sheet per form of the run (统计表, or
 * 统计表-送温暖慰问 with several), in the order given.
 */
export function writeStatsWorkbook(forms: readonly FormReportInput[]): Uint8Array {
  const sheets = forms.map((form) => {
    const name = forms.length === 1 ? "统计表" : `统计表-${form.template.name.replace(/(花名册|名册|名单)$/, "")}`.slice(0, 31);
    return statsSheet(name, form.template, form.consolidated);
  });
  return collectBytes((sink) => writeNewWorkbook(sheets, sink));
}

/**
 * One form's 统计表 as a sheet, as the report lays it out: in 统计表.xlsx and as the 统计表 sheet of
 * the 汇总 workbook, so the clerk finds the same table in both. `after`: lines below the table (a
 * 汇总 finished without some files says so under it).
 */
export function statsSheet(name: string, template: Template, consolidated: ConsolidatedResult, after: readonly TableCell[][] = []): NewSheet {
  const table: StatsTable = statsTable(consolidated.crossTab, tallyLabels(template), template.name);
  const { rows, spans } = statsGrid(table);
  return {
    name,
    headerStyle: NEW_WORKBOOK_BOLD,
    widths: rows[0].map((_, i) => (i === 0 ? 16 : 12)),
    rows: [...rows.map((row) => row.map(cellValue)), ...after],
    merges: spans.map((span) => `${cellAddress(span.row + 1, span.column + 1)}:${cellAddress(span.row + span.rows, span.column + span.columns)}`),
  };
}

function cellValue(value: StatsValue | null): TableCell {
  if (value === null) return null;
  return value.kind === "text" ? value.text : value.kind === "count" ? value.count : fenToYuan(value.fen);
}
