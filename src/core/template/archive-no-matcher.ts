import { RE2JS } from "re2js";
import { ReportError } from "../errors";

/** An archive-number pattern, ready to test a whole number in time linear in its length. */
export interface ArchiveNoMatcher {
  test(archiveNo: string): boolean;
}

/** Where a pattern was written, as the refusal names it. */
export interface PatternPlace {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

const ARCHIVE_NO_PATTERN: PatternPlace = { path: "rules.archiveNoPattern", zh: "档案编号格式", en: "the archive-number pattern" };

/**
 * The pattern on RE2, anchored to the whole archive number. `source` has passed
 * archiveNoPatternProblem; the few patterns JavaScript accepts and RE2 does not (a repeat over
 * 1000, `\Z`…) are refused here, before any row is checked.
 */
export function compileArchiveNoPattern(source: string, where: PatternPlace = ARCHIVE_NO_PATTERN): ArchiveNoMatcher {
  try {
    const pattern = RE2JS.compile(source);
    return { test: (archiveNo) => pattern.matches(archiveNo) };
  } catch (error) {
    const detail = (error as Error).message;
    throw new ReportError(
      "rules-invalid",
      `规则有误：${where.path}: ${where.zh}“${source}”无法使用（${detail}）：请改用更简单的写法`,
      `Invalid rules: ${where.path}: ${where.en} "${source}" cannot be used (${detail}): simplify it`,
    );
  }
}
