import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import type { PickedFile } from "../../core/ports/submissions-host";
import type { Template } from "../../core/template/schema";

/**
 * How the page writes the 汇总 workbook (exceljs, every submission read again): in a worker of its
 * own (consolidated-writing-in-worker.ts), so a tab with 200,000 rows to copy does not freeze, or
 * on the calling thread (tests, a page opened from disk).
 */
export interface ConsolidatedWriting {
  write(consolidated: ConsolidatedResult, template: Template, files: readonly PickedFile[]): Promise<Uint8Array>;
}

export const consolidatedWritingInPage: ConsolidatedWriting = {
  async write(consolidated, template, files) {
    const { writeConsolidatedWorkbook } = await import(/* webpackChunkName: "consolidated-workbook" */ "../../adapters/xlsx/consolidated-workbook");
    return writeConsolidatedWorkbook(consolidated, template, files.map((file) => ({ file: file.name, bytes: file.bytes })));
  },
};
