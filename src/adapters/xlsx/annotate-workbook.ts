import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { writeAnnotatedPackage, type AnnotateOptions, type AnnotatedCopy } from "./package/annotate-package";
import { verifyCopy } from "./package/copy-read-back";
import { collectBytes, writeNewWorkbook } from "./package/new-workbook";
import type { ByteSink } from "./package/zip-writer";
import { csvSheetName, readCsv } from "./read-csv";
import { sniffFile } from "./sniff-file";
import type { ZipEntry } from "./zip-directory";

/**
 * The workbook the annotated copy starts from: an .xlsx as it is; a .csv as a one-sheet workbook
 * of its text cells (it has no styles or notes to keep).
 */
export function annotationSource(original: Uint8Array, fileName: string): Uint8Array {
  if (sniffFile(original, fileName).kind !== "csv") return original;
  const rows = readCsv(original).map((row) => row.map((cell) => (cell === null || typeof cell === "number" ? cell : String(cell))));
  return collectBytes((sink) => writeNewWorkbook([{ name: csvSheetName(fileName), rows }], sink));
}

/** The checked sheet, or every roster sheet checked of the workbook (each marked, 校验结果 naming its 工作表). */
export type CheckedSheets = CheckResult | readonly CheckResult[];

/**
 * Streams the annotated copy (fills, notes, 校验结果 and 分地区汇总; see annotate-package.ts) of
 * `source` (from annotationSource) to `sink`. The caller reads the copy back with checkCopy.
 */
export function streamAnnotatedWorkbook(
  source: Uint8Array,
  fileName: string,
  result: CheckedSheets,
  template: Template,
  sink: ByteSink,
  options?: AnnotateOptions,
): AnnotatedCopy {
  return writeAnnotatedPackage(source, fileName, result, template, sink, options);
}

/**
 * Throws ReportError("output-unverified") unless every cell of `source` is in `copy` as it was (flagged
 * cells' styles excepted). `directory`: source's zip directory as its opening parsed it.
 */
export function checkCopy(source: Uint8Array, copy: Uint8Array, fileName: string, written: AnnotatedCopy, directory?: ReadonlyMap<string, ZipEntry>): void {
  verifyCopy(source, copy, fileName, written.flagged, directory);
}

/** The annotated copy as bytes, already read back and compared (the page's download). */
export function writeAnnotatedWorkbook(
  original: Uint8Array,
  fileName: string,
  result: CheckedSheets,
  template: Template,
  options?: AnnotateOptions,
): Uint8Array {
  const source = annotationSource(original, fileName);
  let written: AnnotatedCopy | undefined;
  const copy = collectBytes((sink) => (written = streamAnnotatedWorkbook(source, fileName, result, template, sink, options)));
  checkCopy(source, copy, fileName, written!);
  return copy;
}
