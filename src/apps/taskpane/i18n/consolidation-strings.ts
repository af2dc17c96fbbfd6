import type { SkippedSheet } from "../../../core/check/types";
import { useStrings } from "./locale";

/**
 * The 汇总 view's strings, beside the pane's: they ride in the view's own chunk, which the pane
 * loads only when the clerk opens the view.
 */
export const CONSOLIDATION_ZH = {
  title: "汇总多份名单（逐级上报）",
  intro: "选择或拖入各单位上报的名单（.xlsx / .csv，可多选）：每份先单独校验，再合在一起查跨单位重复，最后下载汇总工作簿。汇总前可以修改每份名单的填报单位。文件只在本机读取，不上传。",
  pickFiles: "选择文件…",
  pickHint: "选择或拖入多个 .xlsx / .csv 文件",
  dropHere: "把各单位的名单拖到这里（同名文件会替换）",
  checkOpenWorkbook: "加入本工作簿的名单",
  remove: "移除",
  removeFile: (file: string) => `移除 ${file}`,
  progress: (done: number, total: number, rows: number) => `正在校验… 已完成 ${done}/${total} 个文件，已读 ${rows.toLocaleString("en-US")} 行`,
  waiting: "等待校验…",
  unit: "填报单位",
  counts: (rows: number, errors: number, warnings: number) => `数据 ${rows} 行；错误 ${errors} 个，警告 ${warnings} 个`,
  totalAgrees: (stated: string, sum: string) => `表中合计 ${stated} 元，各行相加 ${sum} 元：相符`,
  totalDisagrees: (stated: string, sum: string) => `表中合计 ${stated} 元，各行相加 ${sum} 元：不相符，请该单位核对`,
  noStatedTotal: (sum: string) => `表中没有合计行；各行相加 ${sum} 元`,
  unreadable: "未能校验，未汇总：",
  skippedTitle: "未校验的工作表",
  skipReasons: {
    hidden: "隐藏的工作表，未校验",
    veryHidden: "深度隐藏的工作表（只能用 VBA 取消隐藏），未校验",
    results: "报表助手写入的结果表，不是名单",
    "no-header": "前 30 行没有认得出的名单表头（汇总、封面、说明等），未校验",
  } satisfies Record<SkippedSheet["reason"], string>,
  overallTitle: "汇总结果",
  overall: (files: number, rosters: number, rows: number, errors: number, warnings: number) =>
    `${files} 个文件，${rosters} 份名单（每个工作表算一份），数据 ${rows} 行；错误 ${errors} 个，警告 ${warnings} 个`,
  allClear: "已校验的名单都没有发现问题。",
  notAllChecked: (sheets: number, files: number) =>
    [sheets > 0 ? `${sheets} 个工作表未校验` : "", files > 0 ? `${files} 个文件未能校验` : ""].filter(Boolean).join("，") + "：见上面各文件的说明。",
  nothingToConsolidate: "还没有能汇总的名单：请看上面每个文件的原因。",
  noFiles: "还没有选择文件。",
  summaryTitle: "总结（分单位）",
  save: "下载汇总工作簿",
  saving: "正在生成汇总工作簿…（每份名单要重新读一遍，十几万行时需要一两分钟）",
  saved: (where: string) => `已保存：${where}`,
  saveReport: "下载报告（Word）",
  copyReport: "复制报告文字",
  saveStats: "下载统计表（Excel）",
  reportCopied: "报告文字已复制：粘贴到 Word 里（统计表各列用制表符隔开，可用“文本转换成表格”）。",
  reportNotCopied: "无法访问剪贴板：请在独立网页中下载报告（Word）。",
};

export type ConsolidationStrings = typeof CONSOLIDATION_ZH;

export const CONSOLIDATION_EN: ConsolidationStrings = {
  title: "Consolidate submissions",
  intro: "Choose or drop the units' rosters (.xlsx / .csv, several at once): each is checked on its own, then all together for people paid twice, and the consolidated workbook downloads. Each roster's reporting unit can be corrected before consolidating. Files are read on this computer only, never uploaded.",
  pickFiles: "Choose files…",
  pickHint: "Choose or drop several .xlsx / .csv files",
  dropHere: "Drop the units' rosters here (a file of the same name replaces the earlier one)",
  checkOpenWorkbook: "Add this workbook's rosters",
  remove: "Remove",
  removeFile: (file) => `Remove ${file}`,
  progress: (done, total, rows) => `Checking… ${done} of ${total} files done, ${rows.toLocaleString("en-US")} rows read`,
  waiting: "Waiting to be checked…",
  unit: "Reporting unit",
  counts: (rows, errors, warnings) => `${rows} data rows; ${errors} errors, ${warnings} warnings`,
  totalAgrees: (stated, sum) => `Stated total ${stated} yuan, rows add up to ${sum} yuan: they agree`,
  totalDisagrees: (stated, sum) => `Stated total ${stated} yuan, rows add up to ${sum} yuan: they disagree, ask the unit to check`,
  noStatedTotal: (sum) => `No total row; the rows add up to ${sum} yuan`,
  unreadable: "Could not be checked, left out: ",
  skippedTitle: "Sheets not checked",
  skipReasons: {
    hidden: "hidden sheet, not checked",
    veryHidden: "very hidden sheet (only VBA can show it), not checked",
    results: "a results sheet this assistant wrote, not a roster",
    "no-header": "no roster header in the first 30 rows (a summary, cover or notes sheet), not checked",
  },
  overallTitle: "Consolidated result",
  overall: (files, rosters, rows, errors, warnings) =>
    `${files} files, ${rosters} rosters (one per sheet), ${rows} data rows; ${errors} errors, ${warnings} warnings`,
  allClear: "No problems found in the rosters checked.",
  notAllChecked: (sheets, files) =>
    [sheets > 0 ? `${sheets} sheets not checked` : "", files > 0 ? `${files} files could not be checked` : ""].filter(Boolean).join(", ") + ": see each file above.",
  nothingToConsolidate: "Nothing to consolidate yet: see the reason under each file above.",
  noFiles: "No files chosen yet.",
  summaryTitle: "Summary (by unit)",
  saveReport: "Download the report (Word)",
  copyReport: "Copy the report's text",
  saveStats: "Download the 统计表 (Excel)",
  reportCopied: "The report's text is copied: paste it into Word (the 统计表's columns are tab-separated; Convert Text to Table makes it a table).",
  reportNotCopied: "The clipboard is not available: download the report (Word) from the standalone page.",
  save: "Download consolidated workbook",
  saving: "Writing the consolidated workbook… (every roster is read again: a minute or two for a hundred thousand rows)",
  saved: (where) => `Saved: ${where}`,
};

export function useConsolidationStrings(): ConsolidationStrings {
  return useStrings().locale === "zh-CN" ? CONSOLIDATION_ZH : CONSOLIDATION_EN;
}
