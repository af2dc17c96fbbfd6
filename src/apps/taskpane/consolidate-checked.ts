import { Consolidation, type ConsolidatedResult, type ConsolidationOptions } from "../../core/consolidate/consolidation";
import { ownOutputSkip, unreadableFile } from "../../core/consolidate/product-output";
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
 * results keep only each row's keys, so re-joining never reads a file again. A file that could
 * not be read is left out and named (the result is then incomplete); the product's own 汇总 or
 * 公示名单, or a 校验副本 beside its original, is set aside with the reason.
 */
export function consolidateChecked(submissions: readonly CheckedSubmission[], units: UnitEdits, registerOptions: ConsolidationOptions = {}): ConsolidatedResult {
  const consolidation = new Consolidation(registerOptions);
  const files = submissions.map((submission) => submission.file);
  for (const submission of submissions) {
    if ("error" in submission) {
      consolidation.skipFile(unreadableFile(submission.file, submission.error.messageZh, submission.error.messageEn));
      continue;
    }
    const ownOutput = ownOutputSkip(submission.file, submission.marker, files);
    if (ownOutput !== null) {
      consolidation.skipFile(ownOutput);
      continue;
    }
    for (const result of submission.checked) {
      const edited = units.get(submissionKey(submission.file, result.sheet))?.trim();
      consolidation.add(submission.file, result, edited || undefined);
    }
    consolidation.skip(submission.file, submission.skipped);
  }
  return consolidation.finish();
}
