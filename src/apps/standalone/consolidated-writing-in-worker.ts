import { plainConsolidated } from "../../core/consolidate/plain-consolidated";
import type { ConsolidatedWriting } from "./consolidated-writing";
import { ask } from "./read-in-worker";

/**
 * The 汇总 workbook written in a reading worker of its own, ended when the bytes are back. The
 * submissions' bytes go with the request (each file's, compressed, a fraction of the rows the
 * workbook being built holds anyway).
 */
export function consolidatedWritingInWorker(startWorker: () => Worker): ConsolidatedWriting {
  return {
    async write(consolidated, template, files) {
      const sources = await Promise.all(files.map(async (file) => ({ file: file.name, bytes: await file.bytes() })));
      const worker = startWorker();
      try {
        const transfer = sources.map((source) => source.bytes.buffer as ArrayBuffer);
        return await ask<Uint8Array>(worker, { type: "consolidated-workbook", consolidated: plainConsolidated(consolidated), template, sources }, transfer, (reply) =>
          reply.type === "consolidated-workbook" ? { value: reply.bytes } : null,
        );
      } finally {
        worker.terminate();
      }
    },
  };
}
