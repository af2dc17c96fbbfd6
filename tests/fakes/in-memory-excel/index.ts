import type { ExcelRun } from "../../../src/adapters/excel/excel-run";
import { fakeCreateWorkbook, fakeDocumentBytes } from "./other-calls";
import { RequestQueue } from "./request-context";
import { FakeWorkbook } from "./workbook";
import { WorkbookModel } from "./workbook-model";

export { OfficeError } from "./office-error";
export { MAX_CELLS_READ, MAX_PAYLOAD_BYTES } from "./request-context";
export { MAX_ADDRESS_CHARS } from "./a1";
export { WorkbookModel, SheetModel } from "./workbook-model";

/** The fake's RequestContext: a workbook and sync, nothing else. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;

  constructor(private readonly queue: RequestQueue) {
    this.workbook = new FakeWorkbook(queue);
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

export interface InMemoryExcel {
  readonly model: WorkbookModel;
  /** Substitutes for Excel.run: same batch signature, same final implicit sync. */
  readonly run: ExcelRun;
  /** Substitutes for Excel.createWorkbook: the new workbook's bytes land in model.createdWorkbooks. */
  readonly createWorkbook: (base64: string) => Promise<void>;
  /** Substitutes for Office.context.document.getFileAsync: the open workbook as .xlsx bytes. */
  readonly documentBytes: () => Promise<Uint8Array>;
}

export function createInMemoryExcel(model = new WorkbookModel()): InMemoryExcel {
  const run: ExcelRun = async (batch, options) => {
    model.stats.runOptions.push(options);
    const queue = new RequestQueue(model);
    const result = await batch(new FakeRequestContext(queue) as unknown as Excel.RequestContext);
    if (queue.pending) await queue.sync();
    return result;
  };
  return { model, run, createWorkbook: fakeCreateWorkbook(model), documentBytes: fakeDocumentBytes(model) };
}
