import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
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

/** One file's sheets, with what of its saved settings was applied or not (said beside its verdict). */
export interface CheckedFile extends RosterSheets {
  readonly said: readonly MessageText[];
}

/** Checks every roster sheet of one file, with the settings its workbook carries received (workbook-settings-node.ts). */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<CheckedFile> {
  const bytes = await readInputFile(job.path);
  const { template, columnMap, said } = await settingsForFile(bytes, job);
  return { ...(await checkRosterSheets(bytes, job.file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap })), said };
}
