/** The results sheets the annotated copy adds to a workbook. */
export const ISSUES_SHEET = "校验结果";
export const SUBTOTALS_SHEET = "分地区汇总";
export const RESULTS_SHEETS: readonly string[] = [ISSUES_SHEET, SUBTOTALS_SHEET];
/** The veryHidden sheet holding the saved settings, a copy every host and .xlsx reader can find. */
export const SETTINGS_SHEET = "报表助手设置";
/**
 * The veryHidden sheet where the WPS add-in keeps what it wrote (the marks and 填写规则 ledgers), so
 * 清除标记 restores exactly that from the ribbon or the pane, after saving and reopening.
 */
export const LEDGER_SHEET = "报表助手记录";
/** The families of the 档案表 no row paid (not-reached-table.ts), added to outputs when a register was given. */
export const NOT_REACHED_SHEET = "未慰问在档户";
/** Never taken for the roster (the one list every host and sheet chooser uses): the results sheets, the settings sheet, the WPS ledger sheet and 未慰问在档户. */
export const NOT_ROSTER_SHEETS: readonly string[] = [...RESULTS_SHEETS, SETTINGS_SHEET, LEDGER_SHEET, NOT_REACHED_SHEET];
/** What follows a results sheet's name in a second one: (2) as the add-ins write it, “ (2)” or （2） as Excel and WPS name a copy. */
const COPY_SUFFIX = /^\s*[(（]\d+[)）]$/;

/**
 * The results sheet (校验结果 or 分地区汇总) a sheet is named after — that name, or a numbered copy
 * (校验结果(2), 校验结果 (2), 校验结果（2）) — or null. The one test every host's sheet choice uses: a
 * workbook received from another unit carries its results under whatever name its copy got.
 */
export function resultsNameOf(sheet: string): string | null {
  return RESULTS_SHEETS.find((name) => sheet === name || (sheet.startsWith(name) && COPY_SUFFIX.test(sheet.slice(name.length)))) ?? null;
}

/** The cell name (or sheet) the summary paragraph is written to. */
export const SUMMARY_NAME = "总结";
/** Sheets the add-ins write into a workbook (results, settings, ledger, 总结): never taken for a roster. */
export const OWN_SHEETS: readonly string[] = [...NOT_ROSTER_SHEETS, SUMMARY_NAME];

/**
 * A name no sheet has (Excel compares names without case): `wanted`, then `wanted(2)`, `wanted(3)`…
 * The clerk's own sheet of that name stays as it is.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  let n = 2;
  while (lower.has(`${wanted}(${n})`.toLowerCase())) n++;
  return `${wanted}(${n})`;
}
