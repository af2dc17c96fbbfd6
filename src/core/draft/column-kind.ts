/**
 * What a clerk says a column is, in plain words, when making a form from a sheet's header
 * (从表头新建报表). Each maps onto a pack field type and, for some, a role (draft-pack.ts).
 */
export const COLUMN_KINDS = [
  "name",
  "id-number",
  "region",
  "category",
  "money",
  "date",
  "archive-no",
  "bank-account",
  "holder",
  "phone",
  "number",
  "text",
  "skip",
] as const;

export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const COLUMN_KIND_WORDS: Readonly<Record<ColumnKind, { readonly zh: string; readonly en: string }>> = {
  name: { zh: "姓名", en: "Name" },
  "id-number": { zh: "身份证号", en: "ID number" },
  region: { zh: "地区/单位", en: "Region / unit" },
  category: { zh: "类别", en: "Category" },
  money: { zh: "金额", en: "Amount" },
  date: { zh: "日期", en: "Date" },
  "archive-no": { zh: "档案编号", en: "Archive number" },
  "bank-account": { zh: "银行卡号", en: "Bank account" },
  holder: { zh: "户名", en: "Account holder" },
  phone: { zh: "电话", en: "Phone" },
  number: { zh: "数值/比例", en: "Number / rate" },
  text: { zh: "文字", en: "Text" },
  skip: { zh: "不校验", en: "Not checked" },
};

/** One column of the sheet as the clerk has (or the guess has) described it. */
export interface ColumnChoice {
  /** 1-based sheet column. */
  readonly column: number;
  /** The heading as written. */
  readonly heading: string;
  readonly kind: ColumnKind;
  /** money: part of the row's amount (计入合计). */
  readonly sum: boolean;
  /** money: the unit the column is written in. */
  readonly unit: "元" | "万元";
  /** category: the values allowed, from the column's own values. */
  readonly choices: readonly string[];
  /** Every row must fill it. */
  readonly required: boolean;
}
