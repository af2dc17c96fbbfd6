import type { ProductMarker } from "../../core/consolidate/product-output";
import type { NewSheet } from "../../adapters/xlsx/package/worksheet-xml";
import type { SheetVisibility } from "../../adapters/xlsx/workbook-parts";
import type { ColumnMap } from "../../core/check/column-map";
import type { CheckResult, SkippedSheet } from "../../core/check/types";
import type { ConsolidatedResult } from "../../core/consolidate/consolidation";
import { ReportError, type ReportErrorCode } from "../../core/errors";
import type { Template } from "../../core/template/schema";
import type { MessageText } from "../../core/messages/catalogue";
import type { SubmissionRules } from "./roster-checking";

/** What the page asks the reading worker: open one file, then check its sheets; or, for 汇总, check a submission's roster sheets or write the 汇总 workbook. */
export type WorkerRequest =
  | { readonly type: "open"; readonly bytes: Uint8Array; readonly fileName: string; readonly template: Template }
  | { readonly type: "check"; readonly template: Template; readonly sheet: string; readonly columnMap: ColumnMap }
  | { readonly type: "public"; readonly template: Template; readonly result: CheckResult }
  /** A submission for the 汇总: every roster sheet of the file, answered by "roster-sheets". */
  | { readonly type: "roster-sheets"; readonly bytes: Uint8Array; readonly fileName: string; readonly rules: SubmissionRules }
  /** The 汇总 workbook, answered by "consolidated-workbook": each submission's bytes, read again for the 汇总名册. */
  | {
      readonly type: "consolidated-workbook";
      readonly consolidated: ConsolidatedResult;
      readonly template: Template;
      readonly sources: readonly { readonly file: string; readonly bytes: Uint8Array }[];
    };

/**
 * What the worker answers. A sheet's rows follow it in batches of ROWS_PER_MESSAGE as JSON text
 * (see BatchedPreviewGrid): receiving them costs the page next to nothing.
 */
export type WorkerReply =
  | { readonly type: "progress"; readonly rowsRead: number }
  | { readonly type: "sheet"; readonly sheet: SentSheet }
  | { readonly type: "rows"; readonly json: string }
  | { readonly type: "opened"; readonly defaultSheet: string; readonly savedSettings: unknown | null }
  | { readonly type: "result"; readonly result: CheckResult }
  | { readonly type: "public"; readonly sheet: NewSheet }
  | { readonly type: "roster-sheets"; readonly checked: readonly CheckResult[]; readonly skipped: readonly SkippedSheet[]; readonly marker: ProductMarker | null; readonly said: readonly MessageText[]; readonly form: string }
  | { readonly type: "consolidated-workbook"; readonly bytes: Uint8Array }
  | { readonly type: "failed"; readonly error: SentError };

export const ROWS_PER_MESSAGE = 2000;

export interface SentSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly firstRow: number;
  readonly firstColumn: number;
}

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
