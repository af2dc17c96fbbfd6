import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import type { Template } from "../../core/template/schema";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob {
  readonly path: string;
  readonly file: string;
  readonly template: Template;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
}

export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<RosterSheets> {
  return checkRosterSheets(await readInputFile(job.path), job.file, job.template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress });
}
