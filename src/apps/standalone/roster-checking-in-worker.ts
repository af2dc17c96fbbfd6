import { ask } from "./read-in-worker";
import type { CheckedRosters, RosterChecking } from "./roster-checking";

/**
 * Each submission in a reading worker of its own (read-workbook.worker.ts), ended when its
 * answer is in: the file's bytes and rows go with it, and the page never freezes on a big file.
 */
export function rosterCheckingInWorker(startWorker: () => Worker): RosterChecking {
  return {
    async check(bytes, fileName, rules, onRows) {
      const worker = startWorker();
      try {
        // The page's copy of the bytes moves to the worker: PickedFile.bytes() reads the file afresh when the 汇总 workbook needs it.
        return await ask<CheckedRosters>(worker, { type: "roster-sheets", bytes, fileName, rules }, [bytes.buffer as ArrayBuffer], (reply) => {
          if (reply.type === "progress") onRows(reply.rowsRead);
          return reply.type === "roster-sheets" ? { value: { checked: reply.checked, skipped: reply.skipped, marker: reply.marker, said: reply.said, form: reply.form } } : null;
        });
      } finally {
        worker.terminate();
      }
    },
  };
}
