import type ExcelJS from "exceljs";
import type { Template } from "../../core/template/schema";

/**
 * Where a blank form keeps the template it was made from, so the filled copy travels up with its
 * rules. The same place and shape as the workbook settings every host reads (the `ui9` settings
 * reader, src/adapters/xlsx/saved-settings.ts): the veryHidden sheet 报表助手设置, column A holding
 * `{"savedAt": ISO time, "settings": <template>}` as JSON cut into pieces of at most 30,000
 * characters, each starting with `~` so no host takes a piece for a formula or a number. A whole
 * template is a valid settings value: every key it has is one a rules override may set.
 */
export const SETTINGS_SHEET = "报表助手设置";
const CHUNK_CHARS = 30_000;
const CHUNK_MARK = "~";

export function embedTemplate(workbook: ExcelJS.Workbook, template: Template, savedAt: Date): void {
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  const json = JSON.stringify({ savedAt: savedAt.toISOString(), settings: template });
  for (let at = 0, row = 1; at < json.length; row++) {
    let end = Math.min(json.length, at + CHUNK_CHARS);
    if (end < json.length && /[\ud800-\udbff]/.test(json[end - 1])) end--; // never split a surrogate pair
    sheet.getCell(row, 1).value = CHUNK_MARK + json.slice(at, end);
    at = end;
  }
}

/** The template embedded by `embedTemplate`, or null when the workbook has none (or it is damaged). */
export function embeddedTemplate(workbook: ExcelJS.Workbook): unknown | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const chunks: string[] = [];
  sheet.getColumn(1).eachCell((cell) => chunks.push(String(cell.value ?? "")));
  if (chunks.length === 0 || chunks.some((chunk) => !chunk.startsWith(CHUNK_MARK))) return null;
  try {
    return (JSON.parse(chunks.map((chunk) => chunk.slice(CHUNK_MARK.length)).join("")) as { settings?: unknown }).settings ?? null;
  } catch {
    return null;
  }
}
