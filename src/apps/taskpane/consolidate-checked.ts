import { Consolidation, type ConsolidatedResult, type ConsolidationOptions } from "../../core/consolidate/consolidation";
import type { CheckedSubmission } from "../../core/ports/submissions-host";

/** The clerk's 填报单位 corrections, by submissionKey. */
export type UnitEdits = ReadonlyMap<string, string>;

/** One roster sheet of one file: a file name never holds NUL, so the pair cannot collide. */
export function submissionKey(file: string, sheet: string): string {
  return `${file}\u0000${sheet}`;
}

/**
 * Joins the submissions as checked, in the order given, with the clerk's 填报单位 where one was
 * typed (a blank edit means the unit the sheet names). Run again on every edit: the checked
 * results keep only each row's keys, so re-joining never reads a file again.
 */
export function consolidateChecked(submissions: readonly CheckedSubmission[], units: UnitEdits, registerOptions: ConsolidationOptions = {}): ConsolidatedResult {
  const consolidation = new Consolidation(registerOptions);
  for (const submission of submissions) {
    if ("error" in submission) continue;
    for (const result of submission.checked) {
      const edited = units.get(submissionKey(submission.file, result.sheet))?.trim();
      consolidation.add(submission.file, result, edited || undefined);
    }
    consolidation.skip(submission.file, submission.skipped);
  }
  return consolidation.finish();
}
