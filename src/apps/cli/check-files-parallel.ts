import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { FoundIssue } from "../../core/rules/found-issue";
import type { KindKey } from "../../core/rules/issue-kind";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { checkFile, failure, type CheckedFile, type FileJob, type FileOutcome, type FormlessFile } from "./check-file-node";
import type { CrossingOutcome, WorkerReply } from "./check-worker-node";
import { unpackPeople } from "./people-transfer";

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
 * per core, not every file. One file (or one core, or no compiled worker: ts-jest) runs here; a run
 * of one file hands its opening over (`opening`: its form was read from it on this thread).
 * A file that cannot be read, or whose worker dies (out of memory), is that file's outcome: the
 * others are checked all the same, and the caller says which one is missing and why.
 */
export async function checkFiles(
  jobs: readonly FileJob[],
  onOutcome: (index: number, outcome: FileOutcome) => void,
  onProgress: (rowsRead: number) => void,
  opening?: Promise<WorkbookFile>,
): Promise<void> {
  const threads = Math.min(threadsWanted(), jobs.length);
  if (threads <= 1 || !existsSync(WORKER)) {
    for (let i = 0; i < jobs.length; i++) onOutcome(i, await checkFile(jobs[i], onProgress, i === 0 ? opening : undefined).catch(failure));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const workers = new Set<Worker>();
    const idle: Worker[] = [];
    const finished = new Map<number, FileOutcome>();
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
    /** One job's outcome in: hand over what is in order, then give the worker (if it lives) the next file. */
    const settle = (index: number, outcome: FileOutcome, worker: Worker | null) => {
      finished.set(index, outcome);
      try {
        handOver();
      } catch (error) {
        stop(error);
        return;
      }
      if (worker !== null) idle.push(worker);
      if (handedOver < jobs.length) return pump();
      stopped = true;
      for (const done of workers) void done.terminate();
      resolve();
    };
    const hire = (): Worker => {
      const worker = new Worker(WORKER);
      workers.add(worker);
      // One that dies between files is replaced (a death during a file is that file's: onCrash below).
      worker.on("error", () => {
        workers.delete(worker);
        const at = idle.indexOf(worker);
        if (at < 0 || stopped) return;
        idle.splice(at, 1, hire());
        pump();
      });
      return worker;
    };
    const start = (worker: Worker, index: number) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind === "progress") {
          rowsByJob.set(index, reply.rowsRead);
          onProgress([...rowsByJob.values()].reduce((sum, rows) => sum + rows, 0));
          return;
        }
        worker.off("message", onMessage);
        worker.off("error", onCrash);
        settle(index, reply.kind === "failed" ? { failed: reply.failed } : revived(reply.outcome, reply.kinds), worker);
      };
      // A worker that dies (out of memory, a bug) takes only its file with it: a new one takes its place.
      const onCrash = (error: Error) => {
        worker.off("message", onMessage);
        workers.delete(worker);
        void worker.terminate();
        if (stopped) return;
        settle(index, failure(error), hire());
      };
      worker.on("message", onMessage);
      worker.once("error", onCrash);
      worker.postMessage(jobs[index]);
    };
    for (let i = 0; i < threads; i++) idle.push(hire());
    pump();
  });
}

/** A worker's outcome with its issues' texts back (they crossed as compact fields) and its people unpacked. */
function revived(outcome: CrossingOutcome, kinds: readonly KindKey[]): CheckedFile | FormlessFile {
  if ("formless" in outcome) return outcome;
  return { ...outcome, checked: outcome.checked.map((result) => ({ ...unpackPeople(result), issues: result.issues.map((issue) => FoundIssue.revive(issue, kinds)) })) };
}
