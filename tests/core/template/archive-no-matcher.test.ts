import { ReportError } from "../../../src/core/errors";
import { compileArchiveNoPattern } from "../../../src/core/template/archive-no-matcher";

describe("compileArchiveNoPattern", () => {
  it("matches the whole archive number only", () => {
    const pattern = compileArchiveNoPattern("QZ\\d{4}|HM-\\d{3}");
    expect(["QZ1234", "HM-001", "QZ12345", "xQZ1234", "HM-0011"].map((text) => pattern.test(text))).toEqual([true, true, false, false, false]);
  });

  it("answers a nested repeat on a long non-matching number (RE2: no backtracking)", () => {
    expect(compileArchiveNoPattern("(a+)+").test("a".repeat(5000) + "!")).toBe(false);
    expect(compileArchiveNoPattern("(a|aa)+$").test("a".repeat(5000))).toBe(true);
  });

  it("refuses what JavaScript accepts but RE2 does not, as a rules error naming the pattern", () => {
    let refused: unknown;
    try {
      compileArchiveNoPattern("QZ\\d{1001}");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ReportError);
    expect((refused as ReportError).code).toBe("rules-invalid");
    expect((refused as ReportError).messageZh).toContain("档案编号格式“QZ\\d{1001}”无法使用");
    expect((refused as ReportError).messageEn).toContain('archive-number pattern "QZ\\d{1001}" cannot be used');
  });
});
