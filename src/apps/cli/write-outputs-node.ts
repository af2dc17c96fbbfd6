import { sourcesText } from "../../core/consolidate/product-output";
import { checkCopy, annotationSource, streamAnnotatedWorkbook } from "../../adapters/xlsx/annotate-workbook";
import type { AnnotatedCopy } from "../../adapters/xlsx/package/annotate-package";
import { nodeDeflater } from "../../adapters/xlsx/package/deflate-node";
import type { NewSheet } from "../../adapters/xlsx/package/worksheet-xml";
import { notReachedRows } from "../../core/workbook/not-reached-table";
import { NOT_REACHED_SHEET } from "../../core/workbook/sheet-names";
import type { SubmissionSource } from "../../adapters/xlsx/consolidated-workbook";
import { PublicList } from "../../adapters/xlsx/public-list";
import { publicSheet, writePublicWorkbook } from "../../adapters/xlsx/public-workbook";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { openWorkbookReader } from "../../adapters/xlsx/workbook-reader";
import type { CheckResult } from "../../core/check/types";
import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import type { Template } from "../../core/template/schema";
import { writeOutputFile } from "./output-file-node";

/**
 * --out: the annotated copy (every sheet checked marked), streamed to a temporary file, read back and
 * compared, then renamed into place. `carry` adds to the workbook what must travel up with it (a
 * province's own pack).
 */
export function writeAnnotatedOutput(
  path: string,
  file: WorkbookFile,
  checked: readonly CheckResult[],
  consolidated: ConsolidatedResult,
  template: Template,
  replace: boolean,
  carry: (source: Uint8Array) => Uint8Array = (source) => source,
): void {
  const { bytes, fileName, zipDirectory } = file;
  const source = carry(zipDirectory === null ? annotationSource(bytes, fileName) : bytes);
  // The opening's directory is the copy's too, unless a carried pack made other bytes of it.
  const directory = source === bytes ? (zipDirectory ?? undefined) : undefined;
  const sheets = withIssuesAcrossSheets(checked, consolidated);
  let written: AnnotatedCopy | undefined;
  writeOutputFile(
    path,
    (sink) => (written = streamAnnotatedWorkbook(source, fileName, sheets, template, sink, { deflater: nodeDeflater, extraSheets: notReachedSheets(consolidated), directory })),
    (copy) => checkCopy(source, copy, fileName, written!, directory),
    { replace },
  );
}

/** With a 档案表: the 未慰问在档户 sheet (names masked, no ID), the only part of the register written. */
export function notReachedSheets(consolidated: ConsolidatedResult): NewSheet[] {
  if (consolidated.coverage === undefined) return [];
  return [{ name: NOT_REACHED_SHEET, rows: notReachedRows(consolidated.coverage), widths: [6, 16, 10, 10, 14, 20, 24] }];
}

/**
 * Each sheet's result with the issues found across the workbook's sheets (a person a township
 * before it already paid), so the copy marks them too. One sheet has no others to compare with:
 * its issues are used as they are, never copied.
 */
function withIssuesAcrossSheets(checked: readonly CheckResult[], consolidated: ConsolidatedResult): readonly CheckResult[] {
  if (checked.length === 1) return checked;
  return checked.map((result) => ({ ...result, issues: consolidated.issues.filter((issue) => issue.sheet === result.sheet) }));
}

/** --public: the 公示版 from the checked sheet's rows, read again by the one reader. */
export async function writePublicOutput(path: string, file: WorkbookFile, result: CheckResult, template: Template, replace: boolean): Promise<void> {
  const source = file.sheets.find((sheet) => sheet.name === result.sheet)!;
  const sheet = await publicSheet((sink) => source.readRows(sink), result, template);
  writeOutputFile(path, (sink) => writePublicWorkbook(sheet, sink, file.fileName), undefined, { replace });
}

/**
 * --public over several submissions: one 公示名单 (public-list.ts), each file read again in turn,
 * each submission's rows where and as its check read them (its verdict says where).
 */
export async function writePublicListOutput(
  path: string,
  sources: readonly SubmissionSource[],
  consolidated: ConsolidatedResult,
  template: Template,
  replace: boolean,
): Promise<void> {
  const list = new PublicList(template);
  for (const source of sources) {
    const indexes = consolidated.submissions.flatMap((submission, i) => (submission.file === source.file ? [i] : []));
    if (indexes.length === 0) continue;
    const sheets = await openWorkbookReader(await source.bytes(), source.file);
    for (const i of indexes) {
      const submission = consolidated.submissions[i];
      const { file, sheet, unit } = submission;
      await list.add(unit, `${file} › ${sheet}`, submission, sheets.find((candidate) => candidate.name === sheet)!);
    }
  }
  const sheet = list.sheet();
  writeOutputFile(path, (sink) => writePublicWorkbook(sheet, sink, sourcesText(consolidated.submissions.map((submission) => submission.file))), undefined, { replace });
}
