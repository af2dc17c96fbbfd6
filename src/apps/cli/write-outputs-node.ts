import { checkCopy, annotationSource, streamAnnotatedWorkbook } from "../../adapters/xlsx/annotate-workbook";
import type { AnnotatedCopy } from "../../adapters/xlsx/package/annotate-package";
import { nodeDeflater } from "../../adapters/xlsx/package/deflate-node";
import { publicSheet, writePublicWorkbook } from "../../adapters/xlsx/public-workbook";
import { openWorkbookReader } from "../../adapters/xlsx/workbook-reader";
import type { CheckResult } from "../../core/check/types";
import type { Template } from "../../core/template/schema";
import { writeOutputFile } from "./output-file-node";

/**
 * --out: the annotated copy, streamed to a temporary file, read back and compared, then renamed into
 * place. `carry` adds to the workbook what must travel up with it (a province's own pack).
 */
export function writeAnnotatedOutput(
  path: string,
  bytes: Uint8Array,
  fileName: string,
  result: CheckResult,
  template: Template,
  carry: (source: Uint8Array) => Uint8Array = (source) => source,
): void {
  const source = carry(annotationSource(bytes, fileName));
  let written: AnnotatedCopy | undefined;
  writeOutputFile(
    path,
    (sink) => (written = streamAnnotatedWorkbook(source, fileName, result, template, sink, { deflater: nodeDeflater })),
    (copy) => checkCopy(source, copy, fileName, result, written!),
  );
}

/** --public: the 公示版 from the checked sheet's rows, read again by the one reader. */
export async function writePublicOutput(path: string, bytes: Uint8Array, fileName: string, result: CheckResult, template: Template): Promise<void> {
  const source = (await openWorkbookReader(bytes, fileName)).find((sheet) => sheet.name === result.sheet)!;
  const sheet = await publicSheet((sink) => source.readRows(sink), result, template);
  writeOutputFile(path, (sink) => writePublicWorkbook(sheet, sink));
}
