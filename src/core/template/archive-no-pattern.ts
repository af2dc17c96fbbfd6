import type { MessageText } from "../messages/catalogue";

/** Backreferences (\1, \k<name>) and lookaround ((?=, (?!, (?<=, (?<!): only a backtracking engine runs them. */
const NEEDS_BACKTRACKING = /\\[1-9]|\\k<|\(\?<?[=!]/;

/**
 * Why a clerk's archive-number pattern cannot be used, or null; checked when rules load (`--rules`,
 * the pane's 设置, a received workbook's saved settings). Patterns run on RE2, whose time is linear
 * in the text whatever the pattern (`(a+)+` cannot hang a check), so what only a backtracking
 * engine can run is refused here. The RE2 engine itself is loaded only where rows are checked
 * (archive-no-matcher.ts), which keeps it out of the task pane's first download.
 */
export function archiveNoPatternProblem(source: string): MessageText | null {
  if (NEEDS_BACKTRACKING.test(source)) {
    return {
      zh: "不支持反向引用（\\1）和前后查找（(?=…)、(?!…)、(?<=…)）：这类写法可能让校验长时间卡住，请改用不含它们的写法",
      en: "backreferences (\\1) and lookaround ((?=…), (?!…), (?<=…)) are not supported: they can stall a check; rewrite the pattern without them",
    };
  }
  try {
    new RegExp(source);
    return null;
  } catch {
    return { zh: "不是有效的正则表达式", en: "not a valid regular expression" };
  }
}
