import type { SkippedSheet } from "../check/types";
import { resultsNameOf } from "../workbook/sheet-names";

/** Why a sheet was left unchecked, as every report of a consolidation says it. */
export const SKIP_REASONS_ZH: Readonly<Record<SkippedSheet["reason"], string>> = {
  hidden: "隐藏的工作表，未校验（要校验请先取消隐藏；命令行可用 --sheet 指定）",
  veryHidden: "深度隐藏的工作表（只能用 VBA 取消隐藏），未校验（命令行可用 --sheet 指定）",
  results: "报表助手写入的结果表或设置表，不是名单",
  "no-header": "前 30 行没有认得出的名单表头（汇总、封面、说明等），未校验",
};

/** The same, in a word, for the verdict line of one sheet's report, in each language the pane speaks. */
const SKIP_REASON_WORDS: Readonly<Record<"zh" | "en", Readonly<Record<SkippedSheet["reason"], string>>>> = {
  zh: { hidden: "隐藏", veryHidden: "深度隐藏", results: "报表助手写入的表", "no-header": "没有名单表头" },
  en: { hidden: "hidden", veryHidden: "very hidden", results: "written by this assistant", "no-header": "no roster header" },
};

/** Why `skipped` was left unchecked, naming the results sheet it was taken for (校验结果 (2) is an earlier 校验结果). */
export function skipReasonZh(skipped: Pick<SkippedSheet, "sheet" | "reason">): string {
  const earlier = earlierResults(skipped);
  return earlier === null ? SKIP_REASONS_ZH[skipped.reason] : `认作此前生成的${earlier}（报表助手写入的结果表），不是名单，未校验`;
}

/** The same, in a word, for the verdict line of one sheet's report: the CLI's, the page's and the pane's. */
export function skipReasonWords(skipped: Pick<SkippedSheet, "sheet" | "reason">, language: "zh" | "en" = "zh"): string {
  const earlier = earlierResults(skipped);
  if (earlier === null) return SKIP_REASON_WORDS[language][skipped.reason];
  return language === "zh" ? `认作此前生成的${earlier}` : `taken for an earlier ${earlier}`;
}

function earlierResults({ sheet, reason }: Pick<SkippedSheet, "sheet" | "reason">): string | null {
  return reason === "results" ? resultsNameOf(sheet) : null;
}
