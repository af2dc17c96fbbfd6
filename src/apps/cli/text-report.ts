import type { CheckResult, Issue } from "../../core/check/types";
import { uncheckedColumnsText } from "../../core/check/unchecked-columns";
import { skipReasonWords } from "../../core/consolidate/skip-reasons";
import { SONGWENNUAN_TALLY_LABELS, type TallyLabels } from "../../core/subtotals/tally-labels";
import { groupSubtotalRows, regionSubtotalRows, type MoneyCells, type TableRow } from "../../core/workbook/results-tables";
import { escapeControls } from "../../core/format/control-chars";
import { formatYuan } from "../../core/format/fen";
import { ISSUE_TITLES_ZH } from "../../core/messages/catalogue";
import { formatWanYuan } from "../../core/format/wan-yuan";
import type { RenderedSummary } from "../../core/summary/render-summary";
import { terminalText } from "./terminal-text";
import { textTable } from "./text-table";

/** Past this many issues of one code the terminal list stops; --out and --json carry them all. */
const SHOWN_PER_CODE = 20;
const HIDDEN_ROWS_SHOWN = 20;

const moneyAsText: MoneyCells = (fen) => [formatYuan(fen), formatWanYuan(fen)];

/** The readable Chinese report a clerk reads in the terminal. */
export function textReport(fileName: string, result: CheckResult, summary: RenderedSummary, labels: TallyLabels = SONGWENNUAN_TALLY_LABELS): string {
  const groups = issueGroups(result.issues);
  const errors = groups.filter((group) => group.severity === "error").reduce((sum, group) => sum + group.count, 0);
  const warnings = result.issues.length - errors;
  const lines = [
    `文件：${terminalText(fileName)}　工作表：${terminalText(result.sheet)}　表头：第 ${result.headerRow} 行`,
    `数据 ${result.dataRows} 行；错误 ${errors} 处，警告 ${warnings} 处。`,
  ];
  const unchecked = result.uncheckedColumns ?? [];
  if (unchecked.length > 0) lines.push(`未校验的列：${terminalText(uncheckedColumnsText(unchecked))}（要校验：在任务窗格或网页的“列对应”中指明它是哪一项，或在 --rules 规则文件的 fields 里把它加为那一项的别名）。`);
  // A confidently wrong 万元 is the worst figure: the unit the amounts were read in is said, with the sum both ways.
  if (result.amountScale === 10000) {
    lines.push(`注意：金额按万元读取，本报告中已换算为元：合计 ${formatWanYuan(result.total.amountFen)} 万元 = ${formatYuan(result.total.amountFen)} 元。`);
  }
  const doubt = result.amountUnitDoubt;
  if (doubt !== undefined) {
    lines.push(`注意：金额单位存疑：${doubt.column}列的金额像是万元数（见 amount-unit-suspect），本报告按元计算，合计 ${doubt.sumYuan} 元；若是万元则为 ${doubt.asWanYuan} 元。`);
  }
  if (result.hiddenRowNumbers.length > 0) {
    lines.push(`注意：有 ${result.hiddenRowNumbers.length} 行数据被隐藏或筛选掉（已一并校验）：第 ${rowList(result.hiddenRowNumbers)} 行。`);
  }
  const skipped = skippedSheetsNote(result);
  if (skipped !== "") lines.push(`注意：${skipped}。`);
  lines.push("", ...issueSection(groups));
  lines.push("", `分${labels.region}汇总`, ...subtotalTable(regionSubtotalRows(result, moneyAsText, labels)));
  lines.push("", `按${labels.group}`, ...subtotalTable(groupSubtotalRows(result, moneyAsText, labels)));
  // A clerk's summary template may span lines; within them nothing else moves the cursor.
  lines.push("", "总结", ...summary.text.split("\n").map(terminalText));
  for (const warning of summary.warnings) lines.push(`警告：${terminalText(warning)}`);
  lines.push(
    "",
    errors > 0
      ? `结论：发现 ${errors} 处错误，请按上面的说明修改后重新校验（加 --out 文件.xlsx 可得到标注好问题单元格的副本）。`
      : doubt !== undefined
        ? `结论：金额单位存疑，合计 ${result.total.households} 户、${doubt.sumYuan} 元未经确认：请先按 amount-unit-suspect 的说明确认金额是元还是万元，再重新校验。`
        : `结论：未发现错误${warnings > 0 ? `（有 ${warnings} 处警告，请核实）` : ""}。合计 ${result.total.households} 户，${formatYuan(result.total.amountFen)} 元。`,
  );
  if (skipped !== "") lines[lines.length - 1] += `（${skipped}）`;
  return lines.join("\n") + "\n";
}

/** Sheets the check passed over, said where the verdict is (never a silent all-clear). */
function skippedSheetsNote(result: CheckResult): string {
  const skipped = result.skippedSheets ?? [];
  if (skipped.length === 0) return "";
  const names = skipped.map((s) => `“${terminalText(s.sheet)}”（${skipReasonWords(s)}）`).join("、");
  return `工作表 ${names} 未校验，要校验请用 --sheet 指定`;
}

/** The issues of one code: how many, and the first few to list. */
interface IssueGroup {
  readonly code: Issue["code"];
  readonly severity: Issue["severity"];
  count: number;
  readonly shown: Issue[];
}

/** One pass over the issues, whatever their number: codes in order of first appearance, errors first. */
function issueGroups(issues: readonly Issue[]): IssueGroup[] {
  const byCode = new Map<Issue["code"], IssueGroup>();
  for (const issue of issues) {
    let group = byCode.get(issue.code);
    if (group === undefined) {
      group = { code: issue.code, severity: issue.severity, count: 0, shown: [] };
      byCode.set(issue.code, group);
    }
    if (group.count++ < SHOWN_PER_CODE) group.shown.push(issue);
  }
  return [...byCode.values()].sort((a, b) => severityRank(a) - severityRank(b));
}

function issueSection(groups: readonly IssueGroup[]): string[] {
  if (groups.length === 0) return ["问题清单：无"];
  const lines = ["问题清单"];
  // The core masked what messages quote; masking them again would hide the catalogue's example landline.
  for (const group of groups) {
    lines.push(`【${group.severity === "error" ? "错误" : "警告"}】${ISSUE_TITLES_ZH[group.code]} ${group.code}（${group.count} 处）`);
    const rows = group.shown.map((issue) => ["  " + issue.cell, terminalText(issue.shownValue) || "（空）", escapeControls(issue.message)]);
    lines.push(...textTable(rows, () => false));
    if (group.count > SHOWN_PER_CODE) lines.push(`  ……另有 ${group.count - SHOWN_PER_CODE} 处（完整清单见 --out 生成的“校验结果”表或 --json）`);
  }
  return lines;
}

function severityRank(group: IssueGroup): number {
  return group.severity === "error" ? 0 : 1;
}

function subtotalTable(rows: TableRow[]): string[] {
  return textTable(rows.map((row) => row.map((cell) => (typeof cell === "string" ? terminalText(cell) : cell))), (column) => column > 0);
}
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, HIDDEN_ROWS_SHOWN).join("、");
  return rows.length > HIDDEN_ROWS_SHOWN ? `${shown} 等` : shown;
}
