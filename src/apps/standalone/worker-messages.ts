import type { VisibleGrid } from "../../adapters/xlsx/sheet-grids";
import type { CellValue } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import { ReportError, type ReportErrorCode } from "../../core/errors";
import type { Template } from "../../core/template/schema";

/** What the page asks the reading worker: open one file, then check its sheets. */
export type WorkerRequest =
  | { readonly type: "open"; readonly bytes: Uint8Array; readonly fileName: string; readonly template: Template }
  | { readonly type: "check"; readonly template: Template; readonly sheet: string };

/**
 * What the worker answers. Rows come in batches (ROWS_PER_MESSAGE) so that no single message
 * costs the page more than a few milliseconds to receive.
 */
export type WorkerReply =
  | { readonly type: "progress"; readonly rowsRead: number }
  | { readonly type: "grid"; readonly grid: Omit<VisibleGrid, "rows"> }
  | { readonly type: "rows"; readonly rows: readonly (readonly CellValue[])[] }
  | { readonly type: "opened"; readonly defaultSheet: string }
  | { readonly type: "result"; readonly result: CheckResult }
  | { readonly type: "failed"; readonly error: SentError };

export const ROWS_PER_MESSAGE = 2000;

/** An error as it crosses to the page: a ReportError keeps its code and both messages. */
export type SentError =
  | { readonly kind: "report"; readonly code: ReportErrorCode; readonly messageZh: string; readonly messageEn: string }
  | { readonly kind: "other"; readonly message: string };

export function sendError(error: unknown): SentError {
  if (error instanceof ReportError) return { kind: "report", code: error.code, messageZh: error.messageZh, messageEn: error.messageEn };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

export function receivedError(error: SentError): Error {
  return error.kind === "report" ? new ReportError(error.code, error.messageZh, error.messageEn) : new Error(error.message);
}
