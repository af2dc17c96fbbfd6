import { RE2JS } from "re2js";
import { ReportError } from "../errors";

/** An archive-number pattern, ready to test a whole number in time linear in its length. */
export interface ArchiveNoMatcher {
  test(archiveNo: string): boolean;
}

/**
 * The pattern on RE2, anchored to the whole archive number. `source` has passed
 * archiveNoPatternProblem; the few patterns JavaScript accepts and RE2 does not (a repeat over
 * 1000, `\Z`…) are refused here, before any row is checked.
 */
export function compileArchiveNoPattern(source: string): ArchiveNoMatcher {
  try {
    const pattern = RE2JS.compile(source);
    return { test: (archiveNo) => pattern.matches(archiveNo) };
  } catch (error) {
    const detail = (error as Error).message;
    throw new ReportError(
      "rules-invalid",
      `规则有误：rules.archiveNoPattern: 档案编号格式“${source}”无法使用（${detail}）：请改用更简单的写法`,
      `Invalid rules: rules.archiveNoPattern: the archive-number pattern "${source}" cannot be used (${detail}): simplify it`,
    );
  }
}
