import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { NO_COLUMN_MAP, type ColumnMap } from "../../core/check/column-map";
import { applySavedSettings } from "../../core/settings/saved-settings";
import type { Template } from "../../core/template/schema";
import { loadTemplate } from "./load-inputs-node";
import { terminalText } from "./terminal-text";

/** The templates a file's settings are laid between: the built-in one, and it with --rules over it. */
export interface TemplateLayers {
  /** What a workbook's saved settings are laid over. */
  readonly baseTemplate: Template;
  /** The built-in template with --rules laid over it: what a file without saved settings is checked with. */
  readonly template: Template;
  readonly rules?: string;
}

/**
 * The settings and 列对应 a unit saved inside its workbook apply to that file, so it checks here as
 * it did where it was made; --rules still has the last word. Said on stderr, so a clerk knows why
 * this file checks differently from another.
 */
export async function settingsForFile(file: WorkbookFile, layers: TemplateLayers): Promise<{ template: Template; columnMap: ColumnMap }> {
  const saved = await file.savedSettings();
  if (saved === null) return { template: layers.template, columnMap: NO_COLUMN_MAP };
  const fromWorkbook = applySavedSettings(layers.baseTemplate, saved);
  const mapped = Object.keys(fromWorkbook.columnMap).length;
  const name = terminalText(file.fileName);
  process.stderr.write(`${name}：已采用工作簿中保存的设置（列对应 ${mapped} 项） / ${name}: using the settings saved in the workbook (${mapped} column mappings)\n`);
  return { template: await loadTemplate(fromWorkbook.template, layers.rules), columnMap: fromWorkbook.columnMap };
}
