import { skippedFileTexts, skippedSheetTexts, VERDICT_HEADER, verdictRows } from "../../adapters/xlsx/consolidation-tables";
import { incompleteNote, missingFiles } from "../../core/consolidate/product-output";
import { SONGWENNUAN_TALLY_LABELS, type TallyLabels } from "../../core/subtotals/tally-labels";
import { groupSubtotalRows, regionSubtotalRows, type MoneyCells, type TableRow } from "../../core/workbook/results-tables";
import type { ConsolidatedResult, LocatedIssue, LocatedSkippedSheet } from "../../core/consolidate/consolidation";
import { placeName } from "../../core/consolidate/person-index";
import { formatYuan } from "../../core/format/fen";
import { formatWanYuan } from "../../core/format/wan-yuan";
import { ISSUE_TITLES_ZH } from "../../core/messages/catalogue";
import type { RenderedSummary } from "../../core/summary/render-summary";
import { terminalText } from "./terminal-text";
import { textTable } from "./text-table";

/** Past this many issues of one code the terminal list stops; --json carries them all. */
const SHOWN_PER_CODE = 20;

const moneyAsText: MoneyCells = (fen) => [formatYuan(fen), formatWanYuan(fen)];

/** The report of several submissions: each one's own verdict first, then the issues, the 统计表 and the summary over all. */
export function consolidatedText(consolidated: ConsolidatedResult, summary: RenderedSummary, labels: TallyLabels = SONGWENNUAN_TALLY_LABELS): string {
  const { submissions, issues } = consolidated;
  const files = new Set(submissions.map((submission) => submission.file)).size;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const dataRows = submissions.reduce((sum, submission) => sum + submission.dataRows, 0);
  const missing = missingFiles(consolidated.skippedFiles);
  const incomplete = incompleteNote(consolidated.skippedFiles);
  const lines = [
    `汇总：${files} 个文件，${submissions.length} 份名单（每个工作表算一份）`,
    ...(consolidated.skippedFiles.length > 0 ? [`另有 ${consolidated.skippedFiles.length} 个文件未计入：${missing.length} 个未能校验，${consolidated.skippedFiles.length - missing.length} 个是本助手写出的结果（见下面的“未计入的文件”）。`] : []),
    `数据 ${dataRows} 行；错误 ${errors} 处，警告 ${warnings} 处。`,
    "",
    "各单位核对",
    ...textTable([VERDICT_HEADER, ...verdictRows(consolidated, formatYuan)], (column) => column >= 3 && column <= 7),
  ];
  const disagreeing = submissions.filter((submission) => submission.totalAgrees === false);
  for (const submission of disagreeing) {
    lines.push(`注意：${submission.file} › ${submission.sheet} 表中合计 ${formatYuan(submission.statedTotalFen!)} 元，各行相加 ${formatYuan(submission.total.amountFen)} 元，不相符。`);
  }
  // A confidently wrong 万元 is the worst figure: each submission read in 万元 is named, with its sum both ways.
  for (const submission of submissions.filter((candidate) => candidate.amountScale === 10000)) {
    lines.push(`注意：${submission.file} › ${submission.sheet} 的金额按万元读取，已换算为元：合计 ${formatWanYuan(submission.total.amountFen)} 万元 = ${formatYuan(submission.total.amountFen)} 元。`);
  }
  const doubts = consolidated.amountUnitDoubts;
  for (const doubt of doubts) {
    lines.push(`注意：${doubt.file} › ${doubt.sheet} 金额单位存疑：${doubt.column}列的金额像是万元数（见 amount-unit-suspect），按元计合计 ${doubt.sumYuan} 元；若是万元则为 ${doubt.asWanYuan} 元。`);
  }
  if (consolidated.skippedFiles.length > 0) lines.push("", "未计入的文件", ...skippedFileTexts(consolidated.skippedFiles).map((text) => "  " + text));
  lines.push(...skippedSheetLines(consolidated.skippedSheets));
  lines.push("", ...issueSection(issues, files > 1));
  lines.push("", "统计表（单位 × 人员类别，户数/金额元）", ...textTable(crossTabRows(consolidated), (column) => column > 0));
  if (incomplete !== null) lines.push(incomplete.zh);
  lines.push("", `分${labels.region}汇总`, ...textTable(regionSubtotalRows(consolidated, moneyAsText, labels), (column) => column > 0));
  lines.push("", `按${labels.group}`, ...textTable(groupSubtotalRows(consolidated, moneyAsText, labels), (column) => column > 0));
  lines.push("", "总结", summary.text);
  for (const warning of summary.warnings) lines.push(`警告：${warning}`);
  lines.push(
    "",
    (incomplete === null ? "" : `${incomplete.zh.replace(/，以上数字不含这些文件。$/, "")}。`) +
    (errors > 0
      ? `结论：${submissions.filter((s) => s.errors > 0).length} 份名单共发现 ${errors} 处错误，请按上面的说明让有关单位修改后重新汇总。`
      : doubts.length > 0
        ? `结论：${doubts.length} 份名单金额单位存疑，合计 ${consolidated.total.households} 户、${formatYuan(consolidated.total.amountFen)} 元未经确认：请先按 amount-unit-suspect 的说明确认金额是元还是万元，再重新汇总。`
        : `结论：${submissions.length} 份名单未发现错误${warnings > 0 ? `（有 ${warnings} 处警告，请核实）` : ""}。合计 ${consolidated.total.households} 户，${formatYuan(consolidated.total.amountFen)} 元。`),
  );
  if (consolidated.skippedSheets.length > 0) lines.push(`另有 ${consolidated.skippedSheets.length} 个工作表未校验，见上面的“未校验的工作表”。`);
  // File, sheet and cell texts come from the submissions: nothing they hold may move the cursor.
  return lines.flatMap((line) => line.split("\n")).map(terminalText).join("\n") + "\n";
}

/** Every sheet left unchecked, with why: said wherever a verdict is shown. */
function skippedSheetLines(skipped: readonly LocatedSkippedSheet[]): string[] {
  if (skipped.length === 0) return [];
  return ["", "未校验的工作表", ...skippedSheetTexts(skipped).map((text) => "  " + text)];
}

function crossTabRows({ crossTab }: ConsolidatedResult): TableRow[] {
  const line = (row: (typeof crossTab)["total"]): TableRow => [
    row.unit,
    ...row.cells.map((cell) => `${cell.households}/${formatYuan(cell.amountFen)}`),
    row.total.modelWorkers,
    `${row.total.households}/${formatYuan(row.total.amountFen)}`,
  ];
  return [["单位", ...crossTab.groups, "劳模户数", "合计"], ...crossTab.rows.map(line), line(crossTab.total)];
}

/** Issues named 清源镇!F9, or 文件 › 清源镇!F9 when the submissions come from several files. */
function issueSection(issues: readonly LocatedIssue[], manyFiles: boolean): string[] {
  if (issues.length === 0) return ["问题清单：无"];
  const byCode = new Map<string, LocatedIssue[]>();
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  const lines = ["问题清单"];
  const ordered = [...byCode.values()].sort((a, b) => Number(a[0].severity !== "error") - Number(b[0].severity !== "error"));
  for (const group of ordered) {
    const first = group[0];
    lines.push(`【${first.severity === "error" ? "错误" : "警告"}】${ISSUE_TITLES_ZH[first.code]} ${first.code}（${group.length} 处）`);
    const rows = group.slice(0, SHOWN_PER_CODE).map((issue) => ["  " + (manyFiles ? placeName(issue, issue.cell) : `${issue.sheet}!${issue.cell}`), issue.shownValue || "（空）", issue.message]);
    lines.push(...textTable(rows, () => false));
    if (group.length > SHOWN_PER_CODE) lines.push(`  ……另有 ${group.length - SHOWN_PER_CODE} 处（完整清单见 --json）`);
  }
  return lines;
}
