import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import type { ArchiveRegister } from "../../core/register/archive-register";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { settingsForFile, type TemplateLayers } from "./workbook-settings-node";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob extends TemplateLayers {
  readonly path: string;
  readonly file: string;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
  /** The 档案表 (--register), read once on the main thread and cloned to each worker with its job. */
  readonly register?: ArchiveRegister;
}

/** Checks every roster sheet of one file, with the settings its workbook carries (workbook-settings-node.ts). */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<RosterSheets> {
  const bytes = await readInputFile(job.path);
  const { template, columnMap } = await settingsForFile(bytes, job.file, job);
  return checkRosterSheets(bytes, job.file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap, register: job.register });
}
