import { SETTINGS_SHEET } from "../../core/workbook/sheet-names";
import type { EtWorkbook } from "./et-api";
import { readHiddenJson, writeHiddenJson } from "./hidden-json";

/** The settings saved in the workbook: the veryHidden 报表助手设置 sheet, the copy every host and .xlsx reader finds. */
export function loadWpsSettings(workbook: EtWorkbook): unknown | null {
  return readHiddenJson(workbook, SETTINGS_SHEET)?.settings ?? null;
}

export function saveWpsSettings(workbook: EtWorkbook, settings: unknown, now = new Date()): void {
  writeHiddenJson(workbook, SETTINGS_SHEET, settings, now);
}
