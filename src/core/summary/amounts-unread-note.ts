import type { AmountsUnread } from "../check/types";

/**
 * What the amounts leave out, said beside the sentence, never inside it: a clerk pastes the sentence
 * into the report, and the Word report too keeps it apart, in its 【请核实】 paragraph
 * (report/report-document.ts), to be corrected rather than sent up. Nothing left out: null.
 */
export function amountsUnreadNote(unread: AmountsUnread | undefined): { readonly zh: string; readonly en: string } | null {
  if (unread === undefined || unread.households === 0) return null;
  // A consolidation names each file before its cells (城关区.xlsx E5、E9；七里河区.xlsx E3): no county lost among others.
  const zh = unread.byFile?.map(({ file, unread: own }) => `${file} ${cells(own, "、", " 等")}`).join("；") ?? cells(unread, "、", " 等");
  const en = unread.byFile?.map(({ file, unread: own }) => `${file} ${cells(own, ", ", " …")}`).join("; ") ?? cells(unread, ", ", " …");
  return {
    zh: `以上金额不含 ${unread.households} 户无法识别的金额（${zh}），请改正后重新生成`,
    en: `The amounts above leave out ${unread.households} household(s) whose amount could not be read (${en}); correct them and generate again`,
  };
}

function cells(unread: AmountsUnread, separator: string, more: string): string {
  return unread.where.join(separator) + (unread.allNamed ? "" : more);
}
