import { ReportError } from "../../../src/core/errors";
import { archiveNoPatternProblem } from "../../../src/core/template/archive-no-pattern";
import { applyRuleOverrides } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

function refusal(archiveNoPattern: string): ReportError {
  try {
    applyRuleOverrides(SONGWENNUAN_TEMPLATE, { rules: { archiveNoPattern } });
  } catch (error) {
    return error as ReportError;
  }
  throw new Error(`${archiveNoPattern} was accepted`);
}

describe("archiveNoPatternProblem", () => {
  it.each([["(a)\\1"], ["(?<x>a)\\k<x>"], ["(?=QZ)\\w+"], ["QZ(?!0)\\d+"], ["(?<=Q)Z\\d+"], ["(?<!X)QZ"]])(
    "refuses %s, which needs a backtracking engine, naming the pattern key and what to do, in both languages",
    (pattern) => {
      const error = refusal(pattern);
      expect(error.code).toBe("rules-invalid");
      expect(error.messageZh).toContain("rules.archiveNoPattern: 不支持反向引用");
      expect(error.messageZh).toContain("请改用不含它们的写法");
      expect(error.messageEn).toContain("rules.archiveNoPattern: backreferences (\\1) and lookaround");
    },
  );

  it("refuses a pattern that is no regular expression at all", () => {
    expect(refusal("QZ(").messageZh).toContain("rules.archiveNoPattern: 不是有效的正则表达式");
  });

  it("accepts what RE2 runs, including nested repeats that would hang a backtracking engine", () => {
    for (const pattern of ["QZ\\d{4}", "(a+)+", "HM-[0-9]{3}|YW-[0-9]{3}", "\\p{Han}{2}\\d+"]) {
      expect(archiveNoPatternProblem(pattern)).toBeNull();
    }
  });
});
