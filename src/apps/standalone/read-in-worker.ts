import type { VisibleGrid } from "../../adapters/xlsx/sheet-grids";
import type { CellValue } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import type { ReadWorkbook, WorkbookReading } from "./workbook-reading";
import { receivedError, type WorkerReply, type WorkerRequest } from "./worker-messages";

/**
 * Reading in a Web Worker (read-workbook.worker.ts): one worker per opened file, one request at a
 * time. The file's bytes are copied to the worker; the page keeps its own for the downloads.
 */
export function readInWorker(startWorker: () => Worker): WorkbookReading {
  return {
    open(bytes, fileName, template, onProgress) {
      const worker = startWorker();
      const grids: VisibleGrid[] = [];
      let rows: (readonly CellValue[])[] = [];
      const copy = bytes.slice();
      return ask<string>(worker, { type: "open", bytes: copy, fileName, template }, [copy.buffer], (reply) => {
        if (reply.type === "progress") onProgress?.(reply.rowsRead);
        if (reply.type === "grid") {
          rows = [];
          grids.push({ ...reply.grid, rows });
        }
        if (reply.type === "rows") for (const row of reply.rows) rows.push(row);
        return reply.type === "opened" ? { value: reply.defaultSheet } : null;
      }).then(
        (defaultSheet): ReadWorkbook => ({
          grids,
          defaultSheet,
          check: (checkTemplate, sheet, onCheckProgress) =>
            ask<CheckResult>(worker, { type: "check", template: checkTemplate, sheet }, [], (reply) => {
              if (reply.type === "progress") onCheckProgress?.(reply.rowsRead);
              return reply.type === "result" ? { value: reply.result } : null;
            }),
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
function ask<T>(worker: Worker, request: WorkerRequest, transfer: Transferable[], hear: (reply: WorkerReply) => { value: T } | null): Promise<T> {
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
