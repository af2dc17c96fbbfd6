import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { Issue } from "../../core/check/types";
import type { ConsolidatedResult, LocatedIssue, SubmissionVerdict } from "../../core/consolidate/consolidation";
import { ReportError } from "../../core/errors";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import type { Template } from "../../core/template/schema";
import { incompleteNote, sourcesText } from "../../core/consolidate/product-output";
import { checkedRows } from "./checked-rows";
import { skippedFileTexts, skippedSheetTexts, VERDICT_HEADER, verdictRows } from "./consolidation-tables";
import { notReachedRows } from "../../core/workbook/not-reached-table";
import { NOT_REACHED_SHEET } from "../../core/workbook/sheet-names";
import { moneyCell, yuanHeading } from "./money-cell";
import { collectBytesAsync, NEW_WORKBOOK_BOLD, NewWorkbookWriter, type RowSink } from "./package/new-workbook";
import type { TableCell } from "./package/worksheet-xml";
import { ISSUE_HEADER, issueRow, type TableRow } from "../../core/workbook/results-tables";
import { statsSheet } from "./stats-workbook";
import { openWorkbookReader } from "./workbook-reader";

/** A submitted file: the bytes its check read (the CLI checks they are still those), read again when the 汇总名册 copies its rows. */
export interface SubmissionSource {
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export const ROSTER_SHEET = "汇总名册";
const SOURCE_COLUMNS = ["来源单位", "来源文件", "工作表", "行"];

/**
 * The upper level's new workbook (--out 汇总.xlsx): 汇总名册 (every data row of every submission,
 * where and as its check read it — the same columns, the same 万元 — the source named, money in 元
 * with what was typed kept in a note where it differed, flagged cells filled and noted), 校验结果
 * over all submissions, 统计表 (the report's, stats-workbook.ts) and 各单位核对 (with the sheets left unchecked). Nothing is checked
 * again: each verdict carries where its rows are. Files are read one at a time and the workbook is
 * written as it goes (package/new-workbook.ts), so memory holds one file and the compressed output.
 */
export async function writeConsolidatedWorkbook(consolidated: ConsolidatedResult, template: Template, sources: readonly SubmissionSource[]): Promise<Uint8Array> {
  return collectBytesAsync(async (sink) => {
    const workbook = new NewWorkbookWriter(sink);
    const money = new Set(template.pack.fields.filter((field) => field.type === "money").map((field) => field.key));
    const header = [...SOURCE_COLUMNS, ...template.fields.map((field) => (money.has(field.key) ? yuanHeading(field.label) : field.label))];
    await workbook.addFilled({ name: ROSTER_SHEET, headerStyle: NEW_WORKBOOK_BOLD }, async (rows) => {
      rows.row(header);
      const issuesBySheet = groupIssues(consolidated.issues);
      for (const source of sources) {
        const submissions = consolidated.submissions.filter((submission) => submission.file === source.file);
        if (submissions.length === 0) continue;
        const sheets = await openWorkbookReader(await source.bytes(), source.file);
        for (const submission of submissions) {
          const sheet = sheets.find((candidate) => candidate.name === submission.sheet);
          if (sheet === undefined) throw sheetGone(submission);
          const cells = await checkedRows(sheet, new Set(submission.dataRowNumbers));
          copyRows(rows, workbook, submission, cells, template, money, issuesBySheet.get(sheetKey(submission)) ?? []);
        }
      }
    });
    addTable(workbook, "校验结果", issueTable(consolidated, template));
    // A 汇总 the clerk chose to finish without some files says so on the 统计表 and names them in 各单位核对.
    const incomplete = incompleteNote(consolidated.skippedFiles);
    workbook.add(statsSheet("统计表", template, consolidated, incomplete === null ? [] : [[], [incomplete.zh]]));
    const skippedFiles = skippedFileTexts(consolidated.skippedFiles);
    const skipped = skippedSheetTexts(consolidated.skippedSheets);
    addTable(workbook, "各单位核对", [
      VERDICT_HEADER,
      ...verdictRows(consolidated, fenToYuan),
      ...(skippedFiles.length > 0 ? [[], ["未计入的文件"], ...skippedFiles.map((text) => [text])] : []),
      ...(skipped.length > 0 ? [[], ["未校验的工作表"], ...skipped.map((text) => [text])] : []),
    ]);
    if (consolidated.coverage !== undefined) addTable(workbook, NOT_REACHED_SHEET, notReachedRows(consolidated.coverage));
    // Marked as the product's own: lying among next year's submissions it is never counted again.
    workbook.finish({ kind: "consolidated", source: sourcesText(consolidated.submissions.map((submission) => submission.file)) });
  });
}

/** 校验结果 over every submission, each issue with its file and sheet, made as the sheet is written (300,000 rows of warnings are never one array). */
function* issueTable(consolidated: ConsolidatedResult, template: Template): Generator<TableRow> {
  yield [ISSUE_HEADER[0], "文件", "工作表", ...ISSUE_HEADER.slice(1)];
  let index = 0;
  for (const issue of consolidated.issues) {
    const [number, ...rest] = issueRow(issue, index++, template);
    yield [number, issue.file, issue.sheet, ...rest];
  }
}

/** The submission's data rows under the template's columns, after its source. */
function copyRows(
  rows: RowSink,
  workbook: NewWorkbookWriter,
  submission: SubmissionVerdict,
  cells: ReadonlyMap<number, CellValue[]>,
  template: Template,
  money: ReadonlySet<FieldKey>,
  issues: readonly Issue[],
): void {
  const flagged = new Map<number, Issue[]>();
  for (const issue of issues) listAt(flagged, issue.row).push(issue);
  const firstField = SOURCE_COLUMNS.length;
  for (const rowNumber of submission.dataRowNumbers) {
    const row = cells.get(rowNumber) ?? [];
    const notes = new Map<number, string>();
    const values: TableCell[] = template.fields.map((field, i) => {
      const column = submission.columns[field.key];
      if (column === undefined) return null;
      const value = row[column - 1] ?? null;
      if (!money.has(field.key)) return tableCell(value);
      const { cell, original } = moneyCell(value, submission.amountScale);
      if (original !== null) notes.set(firstField + i, original);
      return cell;
    });
    const styles = new Map<number, number>();
    for (const issue of flagged.get(rowNumber) ?? []) {
      const at = issue.field === null ? -1 : template.fields.findIndex((field) => field.key === issue.field);
      if (at < 0) continue;
      const column = firstField + at;
      // An error's fill wins over a warning's on the same cell; every message goes into its note.
      if (issue.severity === "error" || !styles.has(column)) styles.set(column, workbook.fillStyle(issue.severity));
      notes.set(column, [notes.get(column), issue.message].filter(Boolean).join("\n"));
    }
    rows.row([submission.unit, submission.file, submission.sheet, rowNumber, ...values], styles, notes);
  }
}

function tableCell(value: CellValue): TableCell {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  return isCellError(value) ? value.error : value ? "TRUE" : "FALSE";
}

/** A sheet the check read is no longer in the file: it changed after the check, and is not copied unchecked. */
function sheetGone(submission: SubmissionVerdict): ReportError {
  return new ReportError(
    "file-changed",
    `“${submission.file}”在校验之后被改动（找不到工作表“${submission.sheet}”），汇总工作簿没有写出：请重新运行校验。`,
    `"${submission.file}" changed after it was checked (sheet "${submission.sheet}" is gone); the 汇总 workbook was not written: run the check again.`,
  );
}

function groupIssues(issues: readonly LocatedIssue[]): Map<string, LocatedIssue[]> {
  const bySheet = new Map<string, LocatedIssue[]>();
  for (const issue of issues) listAt(bySheet, sheetKey(issue)).push(issue);
  return bySheet;
}

function listAt<K, T>(map: Map<K, T[]>, key: K): T[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

function sheetKey(at: { readonly file: string; readonly sheet: string }): string {
  return `${at.file}\u0000${at.sheet}`;
}

function addTable(workbook: NewWorkbookWriter, name: string, rows: Iterable<TableRow>): void {
  workbook.add({ name, rows, headerStyle: NEW_WORKBOOK_BOLD });
}
