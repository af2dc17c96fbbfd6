import type { CheckResult, Issue, Tally } from "../check/types";
import type { FieldKey } from "../fields";
import { fenToYuan } from "../format/fen";
import { formatWanYuan } from "../format/wan-yuan";
import { ISSUE_TITLES_ZH } from "../messages/catalogue";
import { SONGWENNUAN_TALLY_LABELS, type TallyLabels } from "../subtotals/tally-labels";
import type { Template } from "../template/schema";
import { freeSheetName, OWN_SHEETS, RESULTS_SHEETS, resultsNameOf, SUBTOTALS_SHEET } from "./sheet-names";

export type TableRow = (string | number)[];

export const ISSUE_HEADER: TableRow = ["序号", "单元格", "行", "字段", "问题", "代码", "级别", "说明", "内容"];

/**
 * Whether a sheet named like a results sheet is one the product wrote, by its first row: 校验结果
 * starts 序号 | 单元格 (or 序号 | 工作表 | 单元格) or is the 校验提示 notice; 分地区汇总 has 户数 second.
 * A clerk's own sheet of that name (a roster called 校验结果) is never replaced by results.
 */
export function isOwnResultsSheet(sheet: string, firstRow: readonly unknown[]): boolean {
  const [a, b, c] = firstRow.map((value) => (typeof value === "string" ? value.trim() : value));
  if (sheet === SUBTOTALS_SHEET) return b === "户数";
  return a === "校验提示" || (a === ISSUE_HEADER[0] && (b === ISSUE_HEADER[1] || (b === "工作表" && c === ISSUE_HEADER[1])));
}

/** A sheet as the results-name choices see it: its first row read only when it is named like a results sheet. */
export interface SheetFirstRow {
  readonly name: string;
  /** A1:C1, or null when not read (the sheet is not named like a results sheet). */
  readonly firstRow: readonly unknown[] | null;
}

/**
 * The name results sheet `name` is written under: `name` when no sheet has it or the product wrote
 * it, else the first of name(2), name(3)… that is free or the product's. A clerk's own sheet so named
 * (a roster called 校验结果) is never emptied or replaced; the next run replaces name(2), not adds (3).
 * Other sheets the add-ins show (填写规则) keep their name and are replaced.
 */
export function resultsSheetName(name: string, sheets: readonly SheetFirstRow[]): string {
  if (!RESULTS_SHEETS.includes(name)) return name;
  const clerks = sheets.filter((sheet) => resultsNameOf(sheet.name) !== name || sheet.firstRow === null || !isOwnResultsSheet(name, sheet.firstRow));
  return freeSheetName(name, clerks.map((sheet) => sheet.name));
}

/**
 * Sheets a check may run on, in workbook order: not the add-in's own sheets (settings, ledger,
 * results it wrote), and a clerk's sheet named like the results (a roster called 校验结果) last — tried
 * only when no other sheet is the roster, as the CLI and the page do (check-roster-sheets.ts).
 */
export function rosterChoices(sheets: readonly SheetFirstRow[]): string[] {
  const resultsNamed = sheets.filter((sheet) => resultsNameOf(sheet.name) !== null);
  const others = sheets.filter((sheet) => resultsNameOf(sheet.name) === null && !OWN_SHEETS.includes(sheet.name));
  const clerks = resultsNamed.filter((sheet) => sheet.firstRow !== null && !isOwnResultsSheet(resultsNameOf(sheet.name)!, sheet.firstRow));
  return [...others, ...clerks].map((sheet) => sheet.name);
}

/** The 校验结果 sheet: one line per issue, for a clerk to filter by 问题 or 级别. 内容 is the masked value, never the raw ID or account. */
export function issueRows(result: Pick<CheckResult, "issues">, template: Template): TableRow[] {
  return result.issues.map((issue, i) => issueRow(issue, i, template));
}

/** The 校验结果 line of the issue at `index`. */
export function issueRow(issue: Issue, index: number, template: Template): TableRow {
  return [
    index + 1,
    issue.cell,
    issue.row,
    fieldLabel(template, issue),
    ISSUE_TITLES_ZH[issue.code],
    issue.code,
    issue.severity === "error" ? "错误" : "警告",
    issue.message,
    issue.shownValue,
  ];
}


/** How a table shows an amount in 元 and in 万元. */
export type MoneyCells = (fen: number) => [string | number, string | number];

/** For a sheet: numbers, so Excel can sum them. */
export const moneyAsNumbers: MoneyCells = (fen) => [fenToYuan(fen), Number(formatWanYuan(fen))];

/** One subtotal table (by 地区 or by 人员类别) ending in its 合计 line; the flag column only where the pack counts one. */
function subtotalRows(labelHeader: string, flag: string | null, tallies: readonly (Tally & { label: string })[], total: Tally, money: MoneyCells): TableRow[] {
  const line = (label: string, tally: Tally): TableRow =>
    flag === null ? [label, tally.households, ...money(tally.amountFen)] : [label, tally.households, tally.modelWorkers, ...money(tally.amountFen)];
  const header = flag === null ? ["户数", "金额（元）", "金额（万元）"] : ["户数", flag, "金额（元）", "金额（万元）"];
  return [[labelHeader, ...header], ...tallies.map((tally) => line(tally.label, tally)), line("合计", total)];
}

export function regionSubtotalRows(
  result: Pick<CheckResult, "regions" | "total">,
  money: MoneyCells = moneyAsNumbers,
  labels: TallyLabels = SONGWENNUAN_TALLY_LABELS,
): TableRow[] {
  return subtotalRows(
    labels.region,
    labels.flag,
    result.regions.map((tally) => ({ ...tally, label: tally.region })),
    result.total,
    money,
  );
}

export function groupSubtotalRows(
  result: Pick<CheckResult, "groups" | "total">,
  money: MoneyCells = moneyAsNumbers,
  labels: TallyLabels = SONGWENNUAN_TALLY_LABELS,
): TableRow[] {
  return subtotalRows(
    labels.group,
    labels.flag,
    result.groups.map((tally) => ({ ...tally, label: tally.group })),
    result.total,
    money,
  );
}

export function labelOf(template: Template, key: FieldKey): string {
  return template.fields.find((field) => field.key === key)?.label ?? key;
}

function fieldLabel(template: Template, issue: Issue): string {
  return issue.field ? labelOf(template, issue.field) : "";
}
