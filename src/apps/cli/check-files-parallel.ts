import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { ReportError } from "../../core/errors";
import { FoundIssue } from "../../core/rules/found-issue";
import type { KindKey } from "../../core/rules/issue-kind";
import { checkFile, type CheckedFile, type FileJob } from "./check-file-node";
import type { WorkerReply } from "./check-worker-node";

const WORKER = join(__dirname, "check-worker-node.js");

/** All cores, or REPORT_THREADS (a clerk sharing the machine, or the bench measuring one core). */
function threadsWanted(): number {
  const wanted = Number(process.env.REPORT_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/**
 * Checks the files on all cores, one worker thread per core, and hands the outcomes over in the
 * files' order (the first sighting of a person is in the file named first). A worker is given
 * its next file only while few outcomes wait for an earlier one, so memory holds about one file
 * per core, not every file. One file (or one core, or no compiled worker: ts-jest) runs here.
 */
export async function checkFiles(
  jobs: readonly FileJob[],
  onOutcome: (index: number, outcome: CheckedFile) => void,
  onProgress: (rowsRead: number) => void,
): Promise<void> {
  const threads = Math.min(threadsWanted(), jobs.length);
  if (threads <= 1 || !existsSync(WORKER)) {
    for (let i = 0; i < jobs.length; i++) onOutcome(i, await checkFile(jobs[i], onProgress));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: threads }, () => new Worker(WORKER));
    const idle = [...workers];
    const finished = new Map<number, CheckedFile>();
    const rowsByJob = new Map<number, number>();
    let next = 0;
    let handedOver = 0;
    let stopped = false;
    const stop = (error: unknown) => {
      if (stopped) return;
      stopped = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const handOver = () => {
      for (let outcome = finished.get(handedOver); outcome !== undefined; outcome = finished.get(handedOver)) {
        finished.delete(handedOver);
        rowsByJob.delete(handedOver);
        onOutcome(handedOver++, outcome);
      }
    };
    const pump = () => {
      while (!stopped && idle.length > 0 && next < jobs.length && next < handedOver + 2 * threads) start(idle.pop()!, next++);
    };
    const start = (worker: Worker, index: number) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind === "progress") {
          rowsByJob.set(index, reply.rowsRead);
          onProgress([...rowsByJob.values()].reduce((sum, rows) => sum + rows, 0));
          return;
        }
        worker.off("message", onMessage);
        if (reply.kind === "failed") {
          stop("code" in reply.error ? new ReportError(reply.error.code, reply.error.messageZh, reply.error.messageEn) : new Error(reply.error.message));
          return;
        }
        finished.set(index, revived(reply.outcome, reply.kinds));
        try {
          handOver();
        } catch (error) {
          stop(error);
          return;
        }
        idle.push(worker);
        if (handedOver < jobs.length) return pump();
        stopped = true;
        for (const done of workers) void done.terminate();
        resolve();
      };
      worker.on("message", onMessage);
      worker.postMessage(jobs[index]);
    };
    for (const worker of workers) worker.on("error", stop);
    pump();
  });
}

/** A worker's outcome with its issues' texts back (they crossed as compact fields). */
function revived(outcome: CheckedFile, kinds: readonly KindKey[]): CheckedFile {
  return { ...outcome, checked: outcome.checked.map((result) => ({ ...result, issues: result.issues.map((issue) => FoundIssue.revive(issue, kinds)) })) };
}
