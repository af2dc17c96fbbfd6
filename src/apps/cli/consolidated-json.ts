import type { CheckResult } from "../../core/check/types";
import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import type { CrossTabRow } from "../../core/consolidate/cross-tab";
import { fenToYuan } from "../../core/format/fen";
import { jsonReportChunks } from "./json-report";

/**
 * The --json object of several submissions (sheets or files): the top-level keys of one sheet's
 * report keep their meaning over everything checked, each issue names its sheet (and its file when
 * there are several), and `submissions`, `byUnit`, `crossTab` and `skippedSheets` are added.
 */
export function consolidatedJson(consolidated: ConsolidatedResult, summary: string) {
  const manyFiles = new Set(consolidated.submissions.map((submission) => submission.file)).size > 1;
  const { issues, groups, byGroup, total } = JSON.parse([...jsonReportChunks(figuresOnly(consolidated), summary)].join("")) as SheetJson;
  return {
    dataRows: consolidated.submissions.reduce((sum, submission) => sum + submission.dataRows, 0),
    issues: issues.map((issue, i) => ({ ...(manyFiles ? { file: consolidated.issues[i].file } : {}), sheet: consolidated.issues[i].sheet, ...issue })),
    groups,
    byGroup,
    total,
    summary,
    submissions: consolidated.submissions.map((submission) => ({
      file: submission.file,
      sheet: submission.sheet,
      unit: submission.unit,
      dataRows: submission.dataRows,
      errors: submission.errors,
      warnings: submission.warnings,
      totalYuan: fenToYuan(submission.total.amountFen),
      statedTotalYuan: submission.statedTotalFen === undefined ? null : fenToYuan(submission.statedTotalFen),
    })),
    byUnit: consolidated.units.map((unit) => ({ unit: unit.unit, households: unit.households, modelWorkers: unit.modelWorkers, amountYuan: fenToYuan(unit.amountFen) })),
    crossTab: {
      groups: consolidated.crossTab.groups,
      rows: consolidated.crossTab.rows.map(crossTabRowJson),
      total: crossTabRowJson(consolidated.crossTab.total),
    },
    skippedSheets: skippedSheetsJson(consolidated),
  };
}

function skippedSheetsJson(consolidated: ConsolidatedResult) {
  return consolidated.skippedSheets.map((skipped) => ({ file: skipped.file, sheet: skipped.sheet, reason: skipped.reason }));
}

function crossTabRowJson(row: CrossTabRow) {
  return {
    unit: row.unit,
    cells: row.cells.map((cell) => ({ households: cell.households, amountYuan: fenToYuan(cell.amountFen) })),
    modelWorkers: row.total.modelWorkers,
    households: row.total.households,
    amountYuan: fenToYuan(row.total.amountFen),
  };
}

/** jsonReportChunks reads a sheet's result; a consolidation has the same figures without one sheet's header. */
function figuresOnly(consolidated: ConsolidatedResult): CheckResult {
  return {
    sheet: "",
    headerRow: 0,
    headerRows: [],
    columns: {},
    dataRowNumbers: [],
    dataRows: 0,
    totalRowNumbers: [],
    hiddenRowNumbers: [],
    lastRow: 0,
    issues: consolidated.issues,
    regions: consolidated.regions,
    groups: consolidated.groups,
    total: consolidated.total,
  };
}

/** The part of one sheet's --json object a consolidation reuses. */
interface SheetJson {
  readonly issues: readonly Record<string, unknown>[];
  readonly groups: unknown;
  readonly byGroup: unknown;
  readonly total: unknown;
}
