import { parentPort } from "node:worker_threads";
import { plainResult } from "../../core/check/plain-result";
import { ReportError } from "../../core/errors";
import { checkFile, type FileJob } from "./check-file-node";

/** Messages a check worker sends back for the file it was given. */
export type WorkerReply =
  | { readonly kind: "progress"; readonly rowsRead: number }
  | { readonly kind: "done"; readonly outcome: Awaited<ReturnType<typeof checkFile>> }
  | { readonly kind: "failed"; readonly error: Pick<ReportError, "code" | "messageZh" | "messageEn"> | { readonly message: string } };

/**
 * A worker thread checking one submitted file at a time, so several files are read and checked
 * on all cores. A ReportError crosses the thread boundary as its fields (structured clone drops
 * the class) and is rebuilt on the other side.
 */
parentPort?.on("message", (job: FileJob) => {
  const reply = (message: WorkerReply) => parentPort!.postMessage(message);
  checkFile(job, (rowsRead) => reply({ kind: "progress", rowsRead })).then(
    (outcome) => reply({ kind: "done", outcome: { ...outcome, checked: outcome.checked.map(plainResult) } }),
    (error: unknown) =>
      reply({
        kind: "failed",
        error: error instanceof ReportError ? { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } : { message: String((error as Error)?.message ?? error) },
      }),
  );
});
