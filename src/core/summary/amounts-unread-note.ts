import type { AmountsUnread } from "../check/types";

/**
 * What the amounts leave out, said beside the sentence, never inside it: a clerk pastes the sentence
 * into the report, and the Word report too keeps it apart, in its 【请核实】 paragraph
 * (report/report-document.ts), to be corrected rather than sent up. Nothing left out: null.
 */
export function amountsUnreadNote(unread: AmountsUnread | undefined): { readonly zh: string; readonly en: string } | null {
  if (unread === undefined || unread.households === 0) return null;
  // A consolidation names each file before its cells (城关区.xlsx E5、E9；七里河区.xlsx E3): no county lost among others.
  const zh = unread.byFile?.map(({ file, unread: own }) => `${file} ${where(own, "zh")}`).join("；") ?? where(unread, "zh");
  const en = unread.byFile?.map(({ file, unread: own }) => `${file} ${where(own, "en")}`).join("; ") ?? where(unread, "en");
  return {
    zh: `以上金额不含 ${unread.households} 户无法识别的金额（${zh}），请改正后重新生成`,
    en: `The amounts above leave out ${unread.households} household(s) whose amount could not be read (${en}); correct them and generate again`,
  };
}

function where(unread: AmountsUnread, language: "zh" | "en"): string {
  // No column to read them from: the column is named, not the cells (every row's).
  const missing = unread.columnsMissing ?? [];
  if (missing.length > 0) {
    return language === "zh" ? `表头里没有${missing.map((name) => name.field).join("、")}列` : `no ${missing.map((name) => name.fieldEn).join(", ")} column in the header`;
  }
  return language === "zh" ? unread.where.join("、") + (unread.allNamed ? "" : " 等") : unread.where.join(", ") + (unread.allNamed ? "" : " …");
}
