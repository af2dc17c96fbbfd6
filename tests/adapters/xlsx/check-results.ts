import type { CheckResult, Issue } from "../../../src/core/check/types";

/** A hand-made check result, so adapter tests do not depend on the rules engine. */
export function checkResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    sheet: "名单",
    headerRow: 2,
    headerRows: [2],
    columns: {},
    dataRowNumbers: [],
    amountScale: 1,
    dataRows: 0,
    totalRowNumbers: [],
    hiddenRowNumbers: [],
    lastRow: 2,
    issues: [],
    regions: [],
    groups: [],
    total: { households: 0, modelWorkers: 0, amountFen: 0 },
    ...overrides,
  };
}

export function issue(cell: string, row: number, col: number, overrides: Partial<Issue> = {}): Issue {
  return {
    code: "required-missing",
    severity: "error",
    row,
    col,
    cell,
    field: "name",
    message: `第${row}行缺少姓名`,
    messageEn: `row ${row} has no name`,
    params: {},
    shownValue: "",
    ...overrides,
  };
}
