import { createHash } from "node:crypto";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { isProductResult, unreadableFile, type ProductMarker, type SkippedFile } from "../../core/consolidate/product-output";
import { ReportError } from "../../core/errors";
import type { MessageText } from "../../core/messages/catalogue";
import type { Template } from "../../core/template/schema";
import { identifiedForm } from "./choose-form-node";
import { loadTemplate } from "./load-inputs-node";
import { openInput } from "./open-input-node";
import { settingsForFile, type TemplateLayers } from "./workbook-settings-node";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob {
  readonly path: string;
  readonly file: string;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
  /** The 档案表 (--register), read once on the main thread and cloned to each worker with its job. */
  readonly register?: ArchiveRegister;
  /**
   * The form's templates; null: the file is checked as the form its own header identifies (several
   * files without --form), laid out by `own` as the main thread lays out each form of the run.
   */
  readonly layers: TemplateLayers | null;
  readonly own: OwnFormOptions;
}

/** What a form read from a file's own header is checked with: --rules over it, --use-saved-settings, --sheet to read the header from. */
export interface OwnFormOptions {
  readonly rules?: string;
  readonly useSaved: boolean;
  readonly sheet?: string;
}

/**
 * One file's sheets as checked, a digest of the bytes the check read (the outputs are written only
 * from those bytes), the marker it carries when the product wrote it (product-marker.ts), what of
 * its saved settings was applied or not (said beside its verdict), and, when its own header chose
 * its form, that form (by id: a template crosses back from a worker as the main thread's own).
 */
export interface CheckedFile extends RosterSheets {
  readonly digest: string;
  readonly marker: ProductMarker | null;
  readonly said: readonly MessageText[];
  readonly form: { readonly id: string; readonly reason: MessageText } | null;
}

/** A file whose header names no column of any form: checked once the run's first form is known. */
export interface FormlessFile {
  readonly formless: MessageText;
}

/** A file that could not be read or checked: its reason, as the thread that read it gave it. */
export interface FailedFile {
  readonly failed: Pick<ReportError, "code" | "messageZh" | "messageEn"> | { readonly message: string };
}

export type FileOutcome = CheckedFile | FormlessFile | FailedFile;

/**
 * Checks every roster sheet of one file, with the settings its workbook carries received
 * (workbook-settings-node.ts), from one reading and one opening of the file (open-input-node.ts):
 * its marker, its form, its settings and its sheets all come from there. Among other files, the
 * product's own 汇总 or 公示名单 is not checked at all: it is a result, never a submission.
 */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void, opening?: Promise<WorkbookFile>): Promise<CheckedFile | FormlessFile> {
  const file = await (opening ?? openInput(job.path, job.file));
  const digest = bytesDigest(file.bytes);
  const marker = job.acrossFiles ? await file.productMarker() : null;
  if (isProductResult(marker)) return { checked: [], skipped: [], digest, marker, said: [], form: null };
  const own = job.layers === null ? await identifiedForm(file, job.own.sheet) : null;
  // Its reason names no file: the run says it beside the file's name, as for a file it could not read.
  if (own !== null && "unidentified" in own) throw new ReportError("form-not-identified", own.unidentified.zh, own.unidentified.en);
  if (own !== null && own.chosenBy === "no-match") return { formless: own.reason };
  const layers = job.layers ?? (await ownFormLayers(own!.template, job.own));
  const { template, columnMap, said } = await settingsForFile(file, layers);
  const sheets = await checkRosterSheets(file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap, register: job.register });
  return { ...sheets, digest, marker, said, form: own === null ? null : { id: own.template.id, reason: own.reason } };
}

/** A form read from a file's own header, with --rules over it: as the main thread lays out that form for its report. */
export async function ownFormLayers(form: Template, own: OwnFormOptions): Promise<TemplateLayers> {
  return { baseTemplate: form, template: await loadTemplate(form, own.rules), rules: own.rules, useSaved: own.useSaved, packSaid: false };
}

export function bytesDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The file's bytes again, for an output copying its rows, only if they are the bytes its check read:
 * a file replaced while the run went on is never published unchecked.
 */
export async function sameBytesAgain(path: string, file: string, digest: string): Promise<Uint8Array> {
  const bytes = await readInputFile(path);
  if (bytesDigest(bytes) === digest) return bytes;
  throw new ReportError(
    "file-changed",
    `“${file}”在校验之后被改动，汇总和公示名单没有写出：请重新运行校验。`,
    `"${file}" changed after it was checked; the 汇总 and the public list were not written: run the check again.`,
  );
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
