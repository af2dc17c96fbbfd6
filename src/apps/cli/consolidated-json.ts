import type { ConsolidatedResult, LocatedIssue } from "../../core/consolidate/consolidation";
import type { CrossTabRow } from "../../core/consolidate/cross-tab";
import { missingFiles, type SkippedFile } from "../../core/consolidate/product-output";
import { fenToYuan } from "../../core/format/fen";
import { jsonObjectChunks, jsonTail, uncheckedColumnsJson } from "./json-report";

/**
 * The --json object of several submissions (sheets or files), in pieces like one sheet's: the
 * top-level keys of one sheet's report keep their meaning over everything checked, each issue names
 * its sheet (and its file when there are several), and `submissions`, `byUnit`, `crossTab` and
 * `skippedSheets` are added. Issues are written as they are read, never held as one string.
 */
export function consolidatedJsonChunks(consolidated: ConsolidatedResult, summary: string, extra: object = {}): Generator<string> {
  const manyFiles = new Set(consolidated.submissions.map((submission) => submission.file)).size > 1;
  const placeOf = (issue: LocatedIssue) => (manyFiles ? `"file":${JSON.stringify(issue.file)},` : "") + `"sheet":${JSON.stringify(issue.sheet)},`;
  const { groups, byGroup, total, summaryCaveat } = jsonTail(consolidated, summary);
  const tail = {
    groups,
    byGroup,
    total,
    summary,
    summaryCaveat,
    submissions: consolidated.submissions.map((submission) => ({
      file: submission.file,
      sheet: submission.sheet,
      unit: submission.unit,
      dataRows: submission.dataRows,
      errors: submission.errors,
      warnings: submission.warnings,
      totalYuan: fenToYuan(submission.total.amountFen),
      statedTotalYuan: submission.statedTotalFen === undefined ? null : fenToYuan(submission.statedTotalFen),
      uncheckedColumns: uncheckedColumnsJson(submission.uncheckedColumns),
    })),
    byUnit: consolidated.units.map((unit) => ({ unit: unit.unit, households: unit.households, modelWorkers: unit.modelWorkers, amountYuan: fenToYuan(unit.amountFen) })),
    crossTab: {
      groups: consolidated.crossTab.groups,
      rows: consolidated.crossTab.rows.map(crossTabRowJson),
      total: crossTabRowJson(consolidated.crossTab.total),
    },
    skippedSheets: skippedSheetsJson(consolidated),
    // complete is false when a file could not be checked: every figure above leaves it out.
    complete: missingFiles(consolidated.skippedFiles).length === 0,
    excluded: missingFiles(consolidated.skippedFiles).map(skippedFileJson),
    ownOutputs: consolidated.skippedFiles.filter((file) => file.why === "own-output").map(skippedFileJson),
    ...extra,
  };
  const dataRows = consolidated.submissions.reduce((sum, submission) => sum + submission.dataRows, 0);
  return jsonObjectChunks({ dataRows }, consolidated.issues, placeOf, tail);
}

function skippedSheetsJson(consolidated: ConsolidatedResult) {
  return consolidated.skippedSheets.map((skipped) => ({ file: skipped.file, sheet: skipped.sheet, reason: skipped.reason }));
}

function skippedFileJson(file: SkippedFile) {
  return { file: file.file, reason: file.reasonZh, reasonEn: file.reasonEn };
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
