import { parentPort } from "node:worker_threads";
import { ReportError } from "../../core/errors";
import { kindKeys, type KindKey } from "../../core/rules/issue-kind";
import { checkFile, type FileJob } from "./check-file-node";

/** Messages a check worker sends back for the file it was given. */
export type WorkerReply =
  | { readonly kind: "progress"; readonly rowsRead: number }
  | { readonly kind: "done"; readonly outcome: Awaited<ReturnType<typeof checkFile>>; readonly kinds: readonly KindKey[] }
  | { readonly kind: "failed"; readonly error: Pick<ReportError, "code" | "messageZh" | "messageEn"> | { readonly message: string } };

/**
 * A worker thread checking one submitted file at a time, so several files are read and checked
 * on all cores. A ReportError crosses the thread boundary as its fields (structured clone drops
 * the class) and is rebuilt on the other side; issues cross as their compact fields with this
 * thread's kinds, and get their texts back there (FoundIssue.revive), so a file of a million
 * findings does not cross, nor wait in the main thread, as a million rendered messages.
 */
parentPort?.on("message", (job: FileJob) => {
  const reply = (message: WorkerReply) => parentPort!.postMessage(message);
  checkFile(job, (rowsRead) => reply({ kind: "progress", rowsRead })).then(
    (outcome) => reply({ kind: "done", outcome, kinds: kindKeys() }),
    (error: unknown) =>
      reply({
        kind: "failed",
        error: error instanceof ReportError ? { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } : { message: String((error as Error)?.message ?? error) },
      }),
  );
});
