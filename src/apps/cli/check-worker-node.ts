import { parentPort } from "node:worker_threads";
import { nodeInflater } from "../../adapters/xlsx/inflate-node";
import { useRawInflater } from "../../adapters/xlsx/zip-part";
import { kindKeys, type KindKey } from "../../core/rules/issue-kind";
import { checkFile, failure, type CheckedFile, type FailedFile, type FileJob, type FormlessFile } from "./check-file-node";
import { packPeople, type CrossingResult } from "./people-transfer";
import { REDRAW_MS } from "./progress-line";

/** A file's outcome as it crosses: each sheet's people packed (people-transfer.ts). */
export type CrossingOutcome = (Omit<CheckedFile, "checked"> & { readonly checked: readonly CrossingResult[] }) | FormlessFile;

/** Messages a check worker sends back for the file it was given. */
export type WorkerReply =
  | { readonly kind: "progress"; readonly rowsRead: number }
  | { readonly kind: "done"; readonly outcome: CrossingOutcome; readonly kinds: readonly KindKey[] }
  | ({ readonly kind: "failed" } & FailedFile);

/**
 * A worker thread checking one submitted file at a time, so several files are read and checked
 * on all cores. A ReportError crosses the thread boundary as its texts (structured clone drops
 * the class); issues cross as their compact fields with this thread's kinds, and get their texts
 * back there (FoundIssue.revive), so a file of a million findings does not cross, nor wait in the
 * main thread, as a million rendered messages; people cross packed (people-transfer.ts).
 */
useRawInflater(nodeInflater);

/**
 * Jobs are checked one after another, in the order given: the main thread sends a worker its next
 * file before this one is done (check-files-parallel.ts), so the worker goes on to it at once instead
 * of waiting for the main thread — busy joining another file's outcome — to answer. Its replies come
 * in the same order, which is how the main thread knows whose they are.
 */
const queue: FileJob[] = [];
let checking = false;

parentPort?.on("message", (job: FileJob) => {
  queue.push(job);
  if (!checking) void checkQueued();
});

async function checkQueued(): Promise<void> {
  checking = true;
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) await checkOne(job);
  checking = false;
}

function checkOne(job: FileJob): Promise<void> {
  const reply = (message: WorkerReply) => parentPort!.postMessage(message);
  // The reader reports after every inflated chunk (16 KB): as messages, that cost a worker a tenth of
  // its time. The main thread redraws at most every REDRAW_MS, so no more are sent; a small file, none.
  let sentAt = Date.now();
  const progress = (rowsRead: number) => {
    const now = Date.now();
    if (now - sentAt < REDRAW_MS) return;
    sentAt = now;
    reply({ kind: "progress", rowsRead });
  };
  return checkFile(job, progress).then(
    (outcome) => reply({ kind: "done", outcome: "checked" in outcome ? { ...outcome, checked: outcome.checked.map(packPeople) } : outcome, kinds: kindKeys() }),
    (error: unknown) => reply({ kind: "failed", ...failure(error) }),
  );
}
