import type { CheckResult } from "../../core/check/types";
import { fenToYuan } from "../../core/format/fen";

/** The --json object (issue 2, item 8): `groups` are the regions, `byGroup` the 人员类别 tallies. */
export function jsonReport(result: CheckResult, summary: string) {
  return {
    sheet: result.sheet,
    headerRow: result.headerRow,
    dataRows: result.dataRows,
    issues: result.issues.map((issue) => ({
      cell: issue.cell,
      row: issue.row,
      field: issue.field,
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
    })),
    groups: result.regions.map((region) => ({
      region: region.region,
      households: region.households,
      modelWorkers: region.modelWorkers,
      amountYuan: fenToYuan(region.amountFen),
    })),
    byGroup: result.groups.map((group) => ({
      group: group.group,
      households: group.households,
      amountYuan: fenToYuan(group.amountFen),
    })),
    total: {
      households: result.total.households,
      modelWorkers: result.total.modelWorkers,
      amountYuan: fenToYuan(result.total.amountFen),
    },
    summary,
    /** Hidden sheets not checked: [{sheet, reason: "hidden" | "veryHidden"}]. */
    skippedSheets: result.skippedSheets ?? [],
  };
}
