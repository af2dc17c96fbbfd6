import { parentPort } from "node:worker_threads";
import { kindKeys, type KindKey } from "../../core/rules/issue-kind";
import { checkFile, failure, type FailedFile, type FileJob } from "./check-file-node";

/** Messages a check worker sends back for the file it was given. */
export type WorkerReply =
  | { readonly kind: "progress"; readonly rowsRead: number }
  | { readonly kind: "done"; readonly outcome: Awaited<ReturnType<typeof checkFile>>; readonly kinds: readonly KindKey[] }
  | ({ readonly kind: "failed" } & FailedFile);

/**
 * A worker thread checking one submitted file at a time, so several files are read and checked
 * on all cores. A ReportError crosses the thread boundary as its texts (structured clone drops
 * the class); issues cross as their compact fields with this thread's kinds, and get their texts
 * back there (FoundIssue.revive), so a file of a million findings does not cross, nor wait in the
 * main thread, as a million rendered messages.
 */
parentPort?.on("message", (job: FileJob) => {
  const reply = (message: WorkerReply) => parentPort!.postMessage(message);
  checkFile(job, (rowsRead) => reply({ kind: "progress", rowsRead })).then(
    (outcome) => reply({ kind: "done", outcome, kinds: kindKeys() }),
    (error: unknown) => reply({ kind: "failed", ...failure(error) }),
  );
});
