import type { NewSheet } from "../../adapters/xlsx/package/worksheet-xml";
import type { CheckResult } from "../../core/check/types";
import { BatchedPreviewGrid } from "./preview-grid";
import type { ReadSheet, ReadWorkbook, WorkbookReading } from "./workbook-reading";
import { receivedError, ROWS_PER_MESSAGE, type WorkerReply, type WorkerRequest } from "./worker-messages";

/**
 * Reading in a Web Worker (read-workbook.worker.ts): one worker per opened file, one request at a
 * time. The file's bytes are copied to the worker; the page keeps its own for the downloads.
 */
export function readInWorker(startWorker: () => Worker): WorkbookReading {
  return {
    open(bytes, fileName, template, onProgress) {
      const worker = startWorker();
      const sheets: ReadSheet[] = [];
      let batches: BatchedPreviewGrid | null = null;
      const copy = bytes.slice();
      return ask<{ defaultSheet: string; savedSettings: unknown | null }>(worker, { type: "open", bytes: copy, fileName, template }, [copy.buffer], (reply) => {
        if (reply.type === "progress") onProgress?.(reply.rowsRead);
        if (reply.type === "sheet") {
          const { name, visibility, rowCount, columnCount, firstRow, firstColumn } = reply.sheet;
          batches = new BatchedPreviewGrid(rowCount, columnCount, firstRow, firstColumn, ROWS_PER_MESSAGE);
          sheets.push({ name, visibility, preview: batches });
        }
        if (reply.type === "rows") batches?.addBatch(reply.json);
        return reply.type === "opened" ? { value: { defaultSheet: reply.defaultSheet, savedSettings: reply.savedSettings } } : null;
      }).then(
        ({ defaultSheet, savedSettings }): ReadWorkbook => ({
          sheets,
          defaultSheet,
          savedSettings,
          check: (checkTemplate, sheet, columnMap, onCheckProgress) =>
            ask<CheckResult>(worker, { type: "check", template: checkTemplate, sheet, columnMap }, [], (reply) => {
              if (reply.type === "progress") onCheckProgress?.(reply.rowsRead);
              return reply.type === "result" ? { value: reply.result } : null;
            }),
          publicSheet: (result, publicTemplate) =>
            ask<NewSheet>(worker, { type: "public", template: publicTemplate, result }, [], (reply) => (reply.type === "public" ? { value: reply.sheet } : null)),
          close: () => worker.terminate(),
        }),
        (error: unknown) => {
          worker.terminate();
          throw error;
        },
      );
    },
  };
}

/** Sends one request and hands each reply to `hear` until it returns the answer (or the worker fails). */
export function ask<T>(worker: Worker, request: WorkerRequest, transfer: Transferable[], hear: (reply: WorkerReply) => { value: T } | null): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
      if (reply.type === "failed") return reject(receivedError(reply.error));
      const answer = hear(reply);
      if (answer !== null) resolve(answer.value);
    };
    worker.onerror = (event) => reject(new Error(event.message || "the reading worker stopped"));
    worker.postMessage(request, transfer);
  });
}
