/** The results sheets the annotated copy adds to a workbook. */
export const ISSUES_SHEET = "校验结果";
export const SUBTOTALS_SHEET = "分地区汇总";
export const RESULTS_SHEETS: readonly string[] = [ISSUES_SHEET, SUBTOTALS_SHEET];
/** The families of the 档案表 no row paid (not-reached-table.ts), added when a register was given. */
export const NOT_REACHED_SHEET = "未慰问在档户";
/** The veryHidden sheet holding the saved settings, a copy every host and .xlsx reader can find. */
export const SETTINGS_SHEET = "报表助手设置";
/** Never taken for the roster (the one list every host and sheet chooser uses): the results sheets and the settings sheet. */
export const NOT_ROSTER_SHEETS: readonly string[] = [...RESULTS_SHEETS, SETTINGS_SHEET, NOT_REACHED_SHEET];
