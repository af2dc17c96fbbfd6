import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { NO_COLUMN_MAP, type ColumnMap } from "../../core/check/column-map";
import type { MessageText } from "../../core/messages/catalogue";
import { receiveSettings, withheldLine } from "../../core/settings/received-settings";
import type { Template } from "../../core/template/schema";
import { loadTemplate } from "./load-inputs-node";

/** The templates a file's settings are laid between: the chosen form, and it with --rules over it. */
export interface TemplateLayers {
  /** What a workbook's saved settings are received against: the form this run chose. */
  readonly baseTemplate: Template;
  /** The form with --rules laid over it: what a file without saved settings is checked with. */
  readonly template: Template;
  readonly rules?: string;
  /** --use-saved-settings. */
  readonly useSaved: boolean;
  /** The form line already says a carried pack was refused. */
  readonly packSaid: boolean;
}

/** A file's template and 列对应, and what of its saved settings was applied or not (for the verdict, on stdout). */
export interface FileSettings {
  readonly template: Template;
  readonly columnMap: ColumnMap;
  readonly said: readonly MessageText[];
}

/**
 * A unit's saved 列对应 applies to its file, and its saved rules where they check no less than
 * the form (or the clerk chose them, --use-saved-settings); a form it carries is named, never laid
 * over the chosen one (received-settings.ts). --rules still has the last word.
 */
export async function settingsForFile(file: WorkbookFile, layers: TemplateLayers): Promise<FileSettings> {
  const saved = await file.savedSettings();
  if (saved === null) return { template: layers.template, columnMap: NO_COLUMN_MAP, said: [] };
  const received = receiveSettings(layers.baseTemplate, saved, { accept: layers.useSaved, packSaid: layers.packSaid });
  const said = received.withheld.length === 0 ? received.said : [withheldLine(received.withheld), ...received.said];
  return { template: await loadTemplate(received.template, layers.rules), columnMap: received.columnMap, said };
}
