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
/** A worker checks one file and holds the next, so it never waits for this thread to answer. */
const QUEUED_PER_WORKER = 2;
/** Files given out but not yet handed over (checked, queued, or done and waiting for an earlier one). */
const WINDOW_PER_WORKER = 3;
/**
 * A worker's short-lived objects (a file's rows, tokens, cells) die young: V8 lets its young
 * generation grow to 48 MB a thread by default, which for 1,000 rosters on 2 cores was 35 MiB of
 * the peak RSS for no time saved (measured: 300 × 1,000 rows, 255 → 221 MiB, median of 3, CPU alike).
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** All cores, or REPORT_THREADS (a clerk sharing the machine, or the bench measuring one core). */
function threadsWanted(): number {
  const wanted = Number(process.env.REPORT_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/**
 * Checks the files on all cores, one worker thread per core, and hands the outcomes over in the
 * files' order (the first sighting of a person is in the file named first). A worker holds its
 * next file while it checks one, and is given more only while few outcomes wait for an earlier one,
 * so memory holds about one file per core, not every file. One file (or one core, or no compiled worker: ts-jest) runs here; a run
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
    /** Per worker, the jobs given it and not yet answered, in the order given: the first is the one it is checking. */
    const given = new Map<Worker, number[]>();
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
    const give = (worker: Worker, index: number) => {
      given.get(worker)!.push(index);
      worker.postMessage(jobs[index]);
    };
    /** Every worker its file and the next one waiting (level by level: each has a file before any has two). */
    const pump = () => {
      for (let depth = 1; depth <= QUEUED_PER_WORKER; depth++) {
        for (const [worker, queue] of given) {
          if (stopped || next >= jobs.length || next >= handedOver + WINDOW_PER_WORKER * threads) return;
          if (queue.length < depth) give(worker, next++);
        }
      }
    };
    /** One job's outcome in: the worker's next file given first (joining outcomes takes this thread a while), then what is in order handed over. */
    const settle = (index: number, outcome: FileOutcome) => {
      finished.set(index, outcome);
      pump();
      try {
        handOver();
      } catch (error) {
        stop(error);
        return;
      }
      if (handedOver < jobs.length) return pump();
      stopped = true;
      for (const done of workers) void done.terminate();
      resolve();
    };
    const hire = (): Worker => {
      const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.add(worker);
      given.set(worker, []);
      worker.on("message", (reply: WorkerReply) => {
        const queue = given.get(worker)!;
        if (reply.kind === "progress") {
          rowsByJob.set(queue[0], reply.rowsRead);
          onProgress([...rowsByJob.values()].reduce((sum, rows) => sum + rows, 0));
          return;
        }
        const index = queue.shift()!;
        settle(index, reply.kind === "failed" ? { failed: reply.failed } : revived(reply.outcome, reply.kinds));
      });
      // A worker that dies (out of memory, a bug) takes only the file it was checking with it: a new
      // one takes its place and the files waiting for it.
      worker.once("error", (error: Error) => {
        const [checking, ...waiting] = given.get(worker)!;
        given.delete(worker);
        workers.delete(worker);
        void worker.terminate();
        if (stopped) return;
        const replacement = hire();
        for (const index of waiting) give(replacement, index);
        if (checking === undefined) pump();
        else settle(checking, failure(error));
      });
      return worker;
    };
    for (let i = 0; i < threads; i++) hire();
    pump();
  });
}

/** A worker's outcome with its issues' texts back (they crossed as compact fields) and its people unpacked. */
function revived(outcome: CrossingOutcome, kinds: readonly KindKey[]): CheckedFile | FormlessFile {
  if ("formless" in outcome) return outcome;
  return { ...outcome, checked: outcome.checked.map((result) => ({ ...unpackPeople(result), issues: result.issues.map((issue) => FoundIssue.revive(issue, kinds)) })) };
}
