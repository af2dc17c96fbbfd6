import { plainIssue } from "../check/plain-result";
import type { ConsolidatedResult } from "./consolidation";

/**
 * A consolidation as it can cross a thread (the page writes the 汇总 workbook in a worker): each
 * located issue reads through to the found one (its texts behind getters), which a structured
 * clone would drop, so each goes as a plain issue with its file and sheet.
 */
export function plainConsolidated(consolidated: ConsolidatedResult): ConsolidatedResult {
  const { submissions, regions, groups, total, amountsUnread, units, crossTab, skippedSheets, skippedFiles, amountUnitDoubts, coverage } = consolidated;
  const issues = consolidated.issues.map((issue) => ({ ...plainIssue(issue), file: issue.file, sheet: issue.sheet }));
  // The coverage is plain data already: the 未慰问在档户 sheet is written from it.
  return { submissions, issues, regions, groups, total, amountsUnread, units, crossTab, skippedSheets, skippedFiles, amountUnitDoubts, ...(coverage === undefined ? {} : { coverage }) };
}
