import type { Issue } from "../../../src/core/check/types";
import { FoundIssue } from "../../../src/core/rules/found-issue";
import { kindKeys } from "../../../src/core/rules/issue-kind";

describe("FoundIssue", () => {
  it("reads back code, field, cell, severity and both messages from its compact slots", () => {
    const issue = new FoundIssue("amount-below-minimum", "amount", "default", 12, 8, { amountYuan: "300", minYuan: "1000", who: "省总级困难职工" }, "300");
    expect({ code: issue.code, field: issue.field, row: issue.row, col: issue.col, cell: issue.cell, severity: issue.severity }).toEqual({
      code: "amount-below-minimum",
      field: "amount",
      row: 12,
      col: 8,
      cell: "H12",
      severity: "error",
    });
    expect(issue.message).toBe("慰问金额300元低于省总级困难职工的最低标准1000元：请按标准发放，每户不低于1000元。");
    expect(issue.messageEn).toContain("The amount 300 yuan is below the minimum of 1000 yuan");
  });

  it("keeps kinds apart: same code, other variant or field", () => {
    const length = new FoundIssue("id-invalid", "idNumber", "length", 3, 5, { length: 17 }, "");
    const check = new FoundIssue("id-invalid", "idNumber", "check-char", 4, 5, { length: 18 }, "");
    const archive = new FoundIssue("duplicate-person", "archiveNo", "archiveNo", 5, 9, { firstRow: 3 }, "");
    expect([length.message, check.message, archive.field, archive.cell]).toEqual([
      "身份证号码应为18位，现在是17位：请核对后重新填写。",
      "身份证号码校验位不对，号码中有抄错的数字：请对照身份证核对。",
      "archiveNo",
      "I5",
    ]);
  });

  it("renders each issue's own params even when issues of one kind alternate", () => {
    const first = new FoundIssue("account-shared", "account", "default", 7, 13, { firstRow: 3 }, "");
    const second = new FoundIssue("account-shared", "account", "default", 8, 13, { firstRow: 4 }, "");
    expect([first.message, second.message, first.message]).toEqual([
      expect.stringContaining("第3行"),
      expect.stringContaining("第4行"),
      expect.stringContaining("第3行"),
    ]);
  });

  it("takes the last column Excel has (XFD) and refuses one outside any sheet", () => {
    expect(new FoundIssue("phone-invalid", "phone", "default", 1_048_576, 16_384, {}, "").cell).toBe("XFD1048576");
    expect(() => new FoundIssue("phone-invalid", "phone", "default", 1, 40_000, {}, "")).toThrow(RangeError);
  });

  it("crosses a thread as its compact fields and reads the same after revive, whatever order the other thread numbered its kinds in", () => {
    const issue = new FoundIssue("id-invalid", "idNumber", "length", 7, 4, { length: 17 }, "65220119900101123");
    const cloned = structuredClone(issue) as unknown as Issue;
    expect(Object.keys(cloned).sort()).toEqual(["kindAndColumn", "params", "row", "shownValue"]);
    expect("message" in cloned).toBe(false);
    // The sending thread's kinds, with this kind at another number than here.
    const here = kindKeys();
    const number = here.findIndex(([code, field, variant]) => code === "id-invalid" && field === "idNumber" && variant === "length");
    const theirs = [here[number], ...here.filter((_, i) => i !== number)];
    const sent = { ...cloned, kindAndColumn: 0 * 32768 + 4 } as unknown as Issue;
    const revived = FoundIssue.revive(sent, theirs);
    expect([revived.code, revived.field, revived.cell, revived.severity, revived.message, revived.shownValue]).toEqual([
      "id-invalid", "idNumber", "D7", "error", issue.message, "65220119900101123",
    ]);
    const plain: Issue = { ...revived, code: revived.code, message: revived.message };
    expect(FoundIssue.revive(plain, theirs)).toBe(plain);
  });

  it("keeps a severity a pack's rule set (an open list warns) when it crosses a thread", () => {
    const issue = new FoundIssue("value-not-in-list", "relief", "default", 5, 3, { field: "帮扶类型", value: "x" }, "x", "warning");
    const cloned = structuredClone(issue) as unknown as Issue;
    expect(FoundIssue.revive(cloned, kindKeys()).severity).toBe("warning");
  });
});
