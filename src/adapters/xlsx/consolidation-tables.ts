import { uncheckedColumnsText } from "../../core/check/unchecked-columns";
import type { ConsolidatedResult, LocatedSkippedSheet, SubmissionVerdict } from "../../core/consolidate/consolidation";
import type { SkippedFile } from "../../core/consolidate/product-output";
import { skipReasonZh } from "../../core/consolidate/skip-reasons";
import type { TableRow } from "../../core/workbook/results-tables";

/** How a table shows one amount: a number in a sheet, 1,234.56 in a terminal. */
export type Money = (fen: number) => string | number;

export const VERDICT_HEADER: TableRow = ["文件", "工作表", "填报单位", "数据行", "错误", "警告", "金额（元）", "表中合计（元）", "核对", "未校验的列"];

/** 各单位核对: one line per submission, its 合计 as written against the sum of its rows. */
export function verdictRows(consolidated: ConsolidatedResult, money: Money): TableRow[] {
  return consolidated.submissions.map((submission: SubmissionVerdict) => [
    submission.file,
    submission.sheet,
    submission.unit,
    submission.dataRows,
    submission.errors,
    submission.warnings,
    money(submission.total.amountFen),
    submission.statedTotalFen === undefined ? "—" : money(submission.statedTotalFen),
    submission.totalAgrees === null ? "无合计行" : submission.totalAgrees ? "相符" : "不符",
    submission.uncheckedColumns.length === 0 ? "—" : uncheckedColumnsText(submission.uncheckedColumns),
  ]);
}

/** One line per file left out: 文件：why (unreadable ones first: those the figures lack). */
export function skippedFileTexts(skipped: readonly SkippedFile[]): string[] {
  const ordered = [...skipped].sort((a, b) => Number(a.why !== "unreadable") - Number(b.why !== "unreadable"));
  return ordered.map((file) => `${file.file}：${file.why === "unreadable" ? "未能校验，未计入汇总——" : ""}${file.reasonZh}`);
}

/** One line per sheet left unchecked: 文件 › 工作表：why. */
export function skippedSheetTexts(skipped: readonly LocatedSkippedSheet[]): string[] {
  return skipped.map((sheet) => `${sheet.file} › ${sheet.sheet}：${skipReasonZh(sheet)}`);
}
