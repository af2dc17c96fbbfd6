/** Sheets this product writes into a workbook; never taken for the roster when choosing a sheet. */
export const ISSUES_SHEET = "校验结果";
export const SUBTOTALS_SHEET = "分地区汇总";
export const RESULTS_SHEETS: readonly string[] = [ISSUES_SHEET, SUBTOTALS_SHEET];
