import { createHash } from "node:crypto";
import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { ReportError } from "../../core/errors";
import type { MessageText } from "../../core/messages/catalogue";
import { settingsForFile, type TemplateLayers } from "./workbook-settings-node";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob extends TemplateLayers {
  readonly path: string;
  readonly file: string;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
}

/**
 * One file's sheets as checked, a digest of the bytes the check read (the outputs are written only
 * from those bytes), and what of its saved settings was applied or not (said beside its verdict).
 */
export interface CheckedFile extends RosterSheets {
  readonly digest: string;
  readonly said: readonly MessageText[];
}

/** Checks every roster sheet of one file, with the settings its workbook carries received (workbook-settings-node.ts). */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<CheckedFile> {
  const bytes = await readInputFile(job.path);
  const { template, columnMap, said } = await settingsForFile(bytes, job);
  const sheets = await checkRosterSheets(bytes, job.file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap });
  return { ...sheets, digest: bytesDigest(bytes), said };
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
