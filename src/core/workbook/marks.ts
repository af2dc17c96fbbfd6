import type { Issue } from "../check/types";
import { ReportError } from "../errors";

/**
 * What marking a sheet means in every host (Excel, WPS): the same light red and amber as Excel's
 * built-in "bad" and "neutral" styles (and the xlsx copy).
 */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

/** One sheet's issues to mark: a CheckResult, or the issues a consolidation located on that sheet. */
export interface SheetIssues {
  readonly sheet: string;
  readonly issues: readonly Issue[];
}

export function protectedSheet(sheet: string): ReportError {
  return new ReportError(
    "sheet-protected",
    `工作表“${sheet}”受保护，无法标记或清除单元格颜色；校验结果不受影响。请先撤销工作表保护（审阅 > 撤销工作表保护）。`,
    `Sheet "${sheet}" is protected, so cells cannot be marked or unmarked; the check itself is unaffected. Unprotect the sheet first (Review > Unprotect Sheet).`,
  );
}

/** One entry per flagged cell: red if any of its issues is an error, with every message for the note. */
export function flaggedCells(issues: readonly Issue[]): Map<string, { severity: Issue["severity"]; messages: string[] }> {
  const cells = new Map<string, { severity: Issue["severity"]; messages: string[] }>();
  for (const issue of issues) {
    const cell = cells.get(issue.cell);
    if (!cell) cells.set(issue.cell, { severity: issue.severity, messages: [issue.message] });
    else {
      if (issue.severity === "error") cell.severity = "error";
      if (!cell.messages.includes(issue.message)) cell.messages.push(issue.message);
    }
  }
  return cells;
}

