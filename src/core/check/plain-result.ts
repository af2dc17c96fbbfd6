import type { CheckResult, Issue } from "./types";

/**
 * A result as it can cross a thread (the page's reading worker, the CLI's check workers): the core
 * stores issues compactly with their texts behind getters (FoundIssue), which a structured clone
 * would drop, so each goes as a plain Issue.
 */
export function plainResult(result: CheckResult): CheckResult {
  return { ...result, issues: result.issues.map(plainIssue) };
}

export function plainIssue(issue: Issue): Issue {
  const { code, severity, row, col, cell, field, message, messageEn, params, shownValue } = issue;
  return { code, severity, row, col, cell, field, message, messageEn, params, shownValue };
}
