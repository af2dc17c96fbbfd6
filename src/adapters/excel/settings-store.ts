import {
  asEnvelope,
  envelope,
  fromSettingsChunks,
  newerEnvelope,
  SETTINGS_NAMESPACE,
  settingsChunks,
  type SettingsEnvelope,
} from "../../core/workbook/settings-envelope";
import { SETTINGS_SHEET } from "../../core/workbook/sheet-names";
import type { ExcelRun } from "./excel-run";
import { readXmlJson } from "./xml-part-store";

/**
 * The settings saved in the open workbook, in both copies .xlsx readers look for (see
 * xlsx/saved-settings.ts): the custom XML part, and the veryHidden 报表助手设置 sheet that hosts
 * which drop or refuse custom XML parts still keep. Reads whichever exists, preferring the newer.
 */
export function loadWorkbookSettings(run: ExcelRun): Promise<unknown | null> {
  return run(async (context) => {
    const part = await readXmlJson(context, SETTINGS_NAMESPACE).then(
      (stored) => (stored.value === null ? null : asEnvelope(stored.value)),
      () => null, // customXmlParts unsupported on this host: the sheet still has them
    );
    const sheet = await settingsSheetTexts(context);
    return newerEnvelope(part, sheet === null ? null : fromSettingsChunks(sheet))?.settings ?? null;
  });
}

/**
 * Writes both copies. One is enough: a host that refuses custom XML parts (office-js #642, #2940)
 * keeps the sheet, and a workbook whose structure is protected (no sheet can be added) keeps the
 * part. Only when both fail is the clerk told, with the sheet's error.
 */
export function saveWorkbookSettings(run: ExcelRun, settings: unknown, now = new Date()): Promise<void> {
  const saved = envelope(settings, now);
  return run(async (context) => {
    const partSaved = await readXmlJson(context, SETTINGS_NAMESPACE)
      .then((stored) => stored.replace(saved))
      .then(() => context.sync())
      .then(
        () => true,
        () => false,
      );
    try {
      await writeSettingsSheet(context, saved);
    } catch (error) {
      if (!partSaved) throw error;
    }
  });
}

/** The sheet's column A down to its last value; null without the sheet. A method on a null object fails, hence two syncs. */
async function settingsColumn(context: Excel.RequestContext, sheetName: string): Promise<{ sheet: Excel.Worksheet; texts: string[] } | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load("values,columnIndex");
  await context.sync();
  if (used.isNullObject || used.columnIndex !== 0) return { sheet, texts: [] };
  return { sheet, texts: used.values.map((row) => String(row[0] ?? "")) };
}

/** The JSON pieces in column A of `sheetName` (the 自检 reads its scratch sheet with it); null without the sheet. */
export async function settingsSheetTexts(context: Excel.RequestContext, sheetName = SETTINGS_SHEET): Promise<string[] | null> {
  const column = await settingsColumn(context, sheetName);
  return column === null ? null : column.texts.filter((text) => text !== "");
}

/** Writes the pieces into column A of `sheetName`, adding it veryHidden when missing. */
export async function writeSettingsSheet(context: Excel.RequestContext, saved: SettingsEnvelope, sheetName = SETTINGS_SHEET): Promise<void> {
  const column = await settingsColumn(context, sheetName);
  const oldRows = column?.texts.length ?? 0;
  let sheet = column?.sheet;
  if (sheet === undefined) {
    sheet = context.workbook.worksheets.add(sheetName);
    // veryHidden: not even in 取消隐藏, so a clerk does not edit it by hand.
    sheet.visibility = "VeryHidden";
  }
  const chunks = settingsChunks(saved);
  const rows = Math.max(oldRows, chunks.length);
  // Pieces of a longer earlier save are blanked, so the sheet holds exactly this JSON.
  sheet.getRange(`A1:A${rows}`).values = Array.from({ length: rows }, (_, i) => [chunks[i] ?? ""]);
  await context.sync();
}
