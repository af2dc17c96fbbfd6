import { checkRosterSheets, type RosterSheets } from "../../adapters/xlsx/check-roster-sheets";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { readSavedSettings } from "../../adapters/xlsx/saved-settings";
import { terminalText } from "./terminal-text";
import { applySavedSettings } from "../../core/settings/saved-settings";
import type { Template } from "../../core/template/schema";
import { loadTemplate } from "./load-inputs-node";

/** One submitted file: what the worker and the sequential loop both do with it. */
export interface FileJob {
  readonly path: string;
  readonly file: string;
  /** The built-in template with --rules laid over it. */
  readonly template: Template;
  /** The template before --rules (what a workbook's saved settings are laid over), and the --rules path. */
  readonly baseTemplate: Template;
  readonly rules?: string;
  readonly sheets: readonly string[];
  /** Other files are checked too: their people are compared with this file's. */
  readonly acrossFiles: boolean;
}

/**
 * Checks every roster sheet of one file. The settings and 列对应 a unit saved inside its workbook
 * apply to that file, so it checks here as it did where it was made; --rules still has the last
 * word. Said on stderr, so a clerk knows why this file checks differently from another.
 */
export async function checkFile(job: FileJob, onProgress: (rowsRead: number) => void): Promise<RosterSheets> {
  const bytes = await readInputFile(job.path);
  const saved = await readSavedSettings(bytes);
  if (saved === null) return checkRosterSheets(bytes, job.file, job.template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress });
  const fromWorkbook = applySavedSettings(job.baseTemplate, saved);
  const template = await loadTemplate(fromWorkbook.template, job.rules);
  const mapped = Object.keys(fromWorkbook.columnMap).length;
  process.stderr.write(
    `${terminalText(job.file)}：已采用工作簿中保存的设置（列对应 ${mapped} 项） / ${terminalText(job.file)}: using the settings saved in the workbook (${mapped} column mappings)\n`,
  );
  return checkRosterSheets(bytes, job.file, template, { sheets: job.sheets, collectPeople: job.acrossFiles, onProgress, columnMap: fromWorkbook.columnMap });
}
