import type { CheckResult, Issue } from "../../core/check/types";
import { groupSubtotalRows, regionSubtotalRows, type MoneyCells, type TableRow } from "../../adapters/xlsx/results-tables";
import { formatYuan } from "../../core/format/fen";
import { ISSUE_TITLES_ZH } from "../../core/messages/catalogue";
import { formatWanYuan } from "../../core/format/wan-yuan";
import type { RenderedSummary } from "../../core/summary/render-summary";
import { textTable } from "./text-table";

/** Past this many issues of one code the terminal list stops; --out and --json carry them all. */
const SHOWN_PER_CODE = 20;
const HIDDEN_ROWS_SHOWN = 20;

const moneyAsText: MoneyCells = (fen) => [formatYuan(fen), formatWanYuan(fen)];

/** The readable Chinese report a clerk reads in the terminal. */
export function textReport(fileName: string, result: CheckResult, summary: RenderedSummary): string {
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  const warnings = result.issues.length - errors;
  const lines = [
    `文件：${fileName}　工作表：${result.sheet}　表头：第 ${result.headerRow} 行`,
    `数据 ${result.dataRows} 行；错误 ${errors} 处，警告 ${warnings} 处。`,
  ];
  if (result.hiddenRowNumbers.length > 0) {
    lines.push(`注意：有 ${result.hiddenRowNumbers.length} 行数据被隐藏或筛选掉（已一并校验）：第 ${rowList(result.hiddenRowNumbers)} 行。`);
  }
  lines.push("", ...issueSection(result.issues));
  lines.push("", "分地区汇总", ...subtotalTable(regionSubtotalRows(result, moneyAsText)));
  lines.push("", "按人员类别", ...subtotalTable(groupSubtotalRows(result, moneyAsText)));
  lines.push("", "总结", summary.text);
  for (const warning of summary.warnings) lines.push(`警告：${warning}`);
  lines.push(
    "",
    errors > 0
      ? `结论：发现 ${errors} 处错误，请按上面的说明修改后重新校验（加 --out 文件.xlsx 可得到标注好问题单元格的副本）。`
      : `结论：未发现错误${warnings > 0 ? `（有 ${warnings} 处警告，请核实）` : ""}。合计 ${result.total.households} 户，${formatYuan(result.total.amountFen)} 元。`,
  );
  return lines.join("\n") + "\n";
}

function issueSection(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return ["问题清单：无"];
  const byCode = new Map<string, Issue[]>();
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  const lines = ["问题清单"];
  const ordered = [...byCode.values()].sort((a, b) => severityRank(a[0]) - severityRank(b[0]));
  for (const group of ordered) {
    const first = group[0];
    lines.push(`【${first.severity === "error" ? "错误" : "警告"}】${ISSUE_TITLES_ZH[first.code]} ${first.code}（${group.length} 处）`);
    const rows = group.slice(0, SHOWN_PER_CODE).map((issue) => ["  " + issue.cell, issue.shownValue || "（空）", issue.message]);
    lines.push(...textTable(rows, () => false));
    if (group.length > SHOWN_PER_CODE) lines.push(`  ……另有 ${group.length - SHOWN_PER_CODE} 处（完整清单见 --out 生成的“校验结果”表或 --json）`);
  }
  return lines;
}

function severityRank(issue: Issue): number {
  return issue.severity === "error" ? 0 : 1;
}

function subtotalTable(rows: TableRow[]): string[] {
  return textTable(rows, (column) => column > 0);
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, HIDDEN_ROWS_SHOWN).join("、");
  return rows.length > HIDDEN_ROWS_SHOWN ? `${shown} 等` : shown;
}
