import type { Issue } from "../../../src/core/check/types";
import { groupIssues, stepError } from "../../../src/apps/taskpane/issue-groups";

const issue = (code: Issue["code"], severity: Issue["severity"], cell: string): Issue => ({
  code,
  severity,
  row: 1,
  col: 1,
  cell,
  field: null,
  message: "",
  messageEn: "",
  params: {},
  shownValue: "",
});

const ISSUES = [
  issue("phone-invalid", "warning", "P3"),
  issue("id-invalid", "error", "D4"),
  issue("archive-missing", "error", "G5"),
  issue("id-invalid", "error", "D6"),
];

describe("grouping issues by rule", () => {
  it("puts errors' rules first, in the pane's rule order, keeping each issue's position", () => {
    const groups = groupIssues(ISSUES, "all", ["archive-missing", "id-invalid", "phone-invalid"]);
    expect(groups.map((group) => [group.code, group.indexes])).toEqual([
      ["archive-missing", [2]],
      ["id-invalid", [1, 3]],
      ["phone-invalid", [0]],
    ]);
  });

  it("keeps only the chosen severity", () => {
    expect(groupIssues(ISSUES, "warning", []).map((group) => group.code)).toEqual(["phone-invalid"]);
  });

  it("steps over warnings to the next and previous error, wrapping around", () => {
    expect(stepError(ISSUES, null, 1)).toBe(1);
    expect(stepError(ISSUES, 3, 1)).toBe(1);
    expect(stepError(ISSUES, 1, -1)).toBe(3);
    expect(stepError([ISSUES[0]], null, 1)).toBeNull();
  });
});
