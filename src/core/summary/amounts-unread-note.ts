import type { AmountsUnread } from "../check/types";

/**
 * What the amounts leave out, said beside the sentence, never inside it: a clerk pastes the sentence
 * into the report, and the Word report too keeps it apart, in its 【请核实】 paragraph
 * (report/report-document.ts), to be corrected rather than sent up. Nothing left out: null.
 */
export function amountsUnreadNote(unread: AmountsUnread | undefined): { readonly zh: string; readonly en: string } | null {
  if (unread === undefined || unread.households === 0) return null;
  // A consolidation names each file before its cells (城关区.xlsx E5、E9): files apart by “；”.
  const byFile = unread.where.some((place) => place.includes(" "));
  const more = unread.allNamed ? "" : " 等";
  const where = unread.where.join(byFile ? "；" : "、") + more;
  return {
    zh: `以上金额不含 ${unread.households} 户无法识别的金额（${where}），请改正后重新生成`,
    en: `The amounts above leave out ${unread.households} household(s) whose amount could not be read (${unread.where.join(byFile ? "; " : ", ")}${more === "" ? "" : " …"}); correct them and generate again`,
  };
}
