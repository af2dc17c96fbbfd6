import type { RegisterCoverage } from "../../core/register/register-coverage";
import { coverageRate } from "../../core/register/register-coverage";

/**
 * The --json keys of a check against a 档案表: `notReached` (the 在档 families no row pays: 档案编号,
 * 姓名 masked, 档案级别, 所在地区, never an ID) and `register` (what was counted, and what was not).
 * Absent when no register was given.
 */
export function registerJson(coverage: RegisterCoverage | undefined): object {
  if (coverage === undefined) return {};
  return {
    register: {
      files: coverage.files,
      scope: coverage.scope,
      scopeWidened: coverage.scopeWidened,
      registered: coverage.registered,
      reached: coverage.reached,
      rate: coverageRate(coverage),
      notReached: coverage.notReached.length,
      outside: coverage.outside,
      closed: coverage.closed,
      repeatedLines: coverage.repeatedLines,
      skippedSheets: coverage.skipped,
      sheetsWithoutArchive: coverage.sheetsWithoutArchive,
      emptyColumns: coverage.emptyColumns,
    },
    notReached: coverage.notReached.map((family) => ({
      archiveNo: family.archiveNo,
      name: family.name,
      level: family.level,
      region: family.region,
      unit: family.unit,
      line: family.line,
    })),
  };
}
