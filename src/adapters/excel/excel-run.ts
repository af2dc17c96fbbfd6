/**
 * The one door to Office.js: `Excel.run` in the add-in, the in-memory Excel in tests. The adapter
 * receives it instead of calling the global, so the same code runs against both.
 */
export interface ExcelRunOptions {
  /** ExcelApi 1.20: all syncs of the batch become one entry in Excel's undo list. */
  readonly mergeUndoGroup?: boolean;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions) => Promise<T>;

/** Whether the running Excel implements a requirement set (Office.context.requirements in the add-in). */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export const officeExcelRun: ExcelRun = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  Office.context.requirements.isSetSupported(name, minVersion);
