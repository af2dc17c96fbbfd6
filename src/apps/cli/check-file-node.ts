import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readProductMarker } from "../../adapters/xlsx/package/product-marker";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { unreadableFile, type ProductMarker, type SkippedFile } from "../../core/consolidate/product-output";
import { ReportError } from "../../core/errors";
import { settingsForFile, type TemplateLayers } from "./workbook-settings-node";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob extends TemplateLayers {
  readonly path: string;
  readonly file: string;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
}

/** A file checked, with the marker it carries when the product wrote it (product-marker.ts). */
export interface CheckedFile extends RosterSheets {
  readonly marker: ProductMarker | null;
}

/** A file that could not be read or checked: its reason, as the thread that read it gave it. */
export interface FailedFile {
  readonly failed: Pick<ReportError, "code" | "messageZh" | "messageEn"> | { readonly message: string };
}

export type FileOutcome = CheckedFile | FailedFile;

/**
 * Checks every roster sheet of one file, with the settings its workbook carries (workbook-settings-node.ts).
 * Among other files, the product's own 汇总 or 公示名单 is not checked at all: it is a result, never a submission.
 */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<CheckedFile> {
  const bytes = await readInputFile(job.path);
  const marker = job.acrossFiles ? await readProductMarker(bytes) : null;
  if (marker !== null && (marker.kind === "consolidated" || marker.kind === "public-list")) return { checked: [], skipped: [], marker };
  const { template, columnMap } = await settingsForFile(bytes, job.file, job);
  return { ...(await checkRosterSheets(bytes, job.file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap })), marker };
}

/** Why a file failed, as plain texts that cross a thread: a ReportError's own, or the bare message of anything else. */
export function failure(error: unknown): FailedFile {
  if (error instanceof ReportError) return { failed: { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } };
  return { failed: { message: String((error as Error)?.message ?? error) } };
}

/** The file left out of the consolidation, named, with its reason: never an internal error without a file. */
export function unreadableOutcome(file: string, { failed }: FailedFile): SkippedFile {
  if ("messageZh" in failed) return unreadableFile(file, failed.messageZh, failed.messageEn);
  const outOfMemory = /memory/i.test(failed.message);
  const detail = failed.message.replace(/\s*\n\s*/g, " ");
  return outOfMemory
    ? unreadableFile(file, `校验这个文件时内存不足（${detail}），未能校验：可拆成几个文件，或在内存更大的电脑上再试`, `ran out of memory checking this file (${detail}): split it, or try on a machine with more memory`)
    : unreadableFile(file, `校验这个文件时程序出错（${detail}），未能校验：请把这个文件发给维护人员`, `the check failed on this file (${detail}): please send the file to the maintainers`);
}
