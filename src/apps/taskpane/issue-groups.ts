import type { Issue, IssueCode, Severity } from "../../core/check/types";

export type SeverityFilter = "all" | Severity;

export interface IssueGroup {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Indexes into the result's issue list, so a row can be matched to next/previous error. */
  readonly indexes: readonly number[];
}

/** Groups by rule, errors' rules first, each rule in the order given (the pane's rule table). */
export function groupIssues(
  issues: readonly Issue[],
  filter: SeverityFilter,
  ruleOrder: readonly IssueCode[],
): IssueGroup[] {
  const byCode = new Map<IssueCode, number[]>();
  issues.forEach((issue, index) => {
    if (filter !== "all" && issue.severity !== filter) return;
    const indexes = byCode.get(issue.code) ?? [];
    indexes.push(index);
    byCode.set(issue.code, indexes);
  });
  const rank = (code: IssueCode) => {
    const position = ruleOrder.indexOf(code);
    return position < 0 ? ruleOrder.length : position;
  };
  return [...byCode.entries()]
    .map(([code, indexes]) => ({ code, severity: issues[indexes[0]].severity, indexes }))
    .sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning") || rank(a.code) - rank(b.code));
}

/** The next (step 1) or previous (step -1) error from `current`, wrapping around; null if none. */
export function stepError(issues: readonly Issue[], current: number | null, step: 1 | -1): number | null {
  const count = issues.length;
  const start = current ?? (step === 1 ? -1 : count);
  for (let offset = 1; offset <= count; offset++) {
    const index = (((start + step * offset) % count) + count) % count;
    if (issues[index].severity === "error") return index;
  }
  return null;
}
