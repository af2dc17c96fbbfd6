import type { CellValue } from "../cell";
import { foldHeader } from "../header/fold-header";
import { checkIdNumber, normalizeIdNumber } from "../id/id-number";
import { cellText, toHalfWidth, withoutSpaces } from "../rows/cell-text";
import { AMOUNT_INVALID, parseAmountFen } from "../rows/parse-amount";
import { parseDateKey } from "../rows/parse-date";
import { isPhone } from "../rules/phone-invalid";
import type { ColumnChoice, ColumnKind } from "./column-kind";
import type { SheetSample } from "./sheet-sample";

/** Headings that say what a column is, most specific first: the first that matches decides. */
const BY_HEADING: readonly (readonly [RegExp, ColumnKind])[] = [
  [/^(序号|序|编号)$/, "skip"],
  [/户名|开户人|持卡人|开户名|收款人/, "holder"],
  [/身份证|证件号|公民身份/, "id-number"],
  [/卡号|账号|帐号|银行账户/, "bank-account"],
  [/电话|手机|联系方式/, "phone"],
  [/档案编号|档案号|建档编号|困难档案/, "archive-no"],
  [/姓名|名字/, "name"],
  [/比例|比率|百分比|%/, "number"],
  [/日期|时间|年月/, "date"],
  [/(?<!单位|工会)名称$|医院|学校|称号|银行$|开户行/, "text"],
  [/年份|年度|人数|人口|次数|年龄|天数|工龄/, "number"],
  [/地区|县|市|乡镇|街道|社区|单位|所属|区域|工会/, "region"],
  [/类别|类型|级别|性质|方式|情况|原因|种类|层次|身份/, "category"],
  [/金额|元|费用|金$|款|补助|工资|收入|小计|合计/, "money"],
  [/备注|说明|地址|住址|内容|事由/, "text"],
];

/** Money columns that are what a row is about, not what it pays (医疗总费用, 自付金额, 月收入). */
const NOT_PAID = /费用|自付|收入|工资|标准|报销|小计|合计|总额|总计/;

/** A column with this few distinct values, each used again and again, is a list to choose from. */
const MAX_CHOICES = 12;

/**
 * Each column's kind guessed from its heading, else from its values (18-digit IDs, 16–19-digit
 * accounts, phones, dates, amounts, a short list repeated): what 从表头新建报表 offers first and
 * `report forms --from` writes. Pure: the sample in, the choices out.
 */
export function guessColumns(sample: SheetSample): ColumnChoice[] {
  const taken = new Set<ColumnKind>();
  const choices = sample.headings.map((heading, i): ColumnChoice => {
    const values = sample.rows.map((row) => row[i]);
    const texts = values.map((value) => cellText(value)).filter((text) => text !== "");
    const kind = heading === "" ? "skip" : kindOf(foldHeader(heading).text, values, texts, taken);
    taken.add(kind);
    const unit = foldHeader(heading).scale === 10000 ? "万元" : "元";
    const choices = kind === "category" ? [...new Set(texts)] : [];
    const required = kind !== "skip" && texts.length > 0 && texts.length === values.length;
    return { column: i + 1, heading, kind, sum: kind === "money" && !NOT_PAID.test(heading), unit, choices, required };
  });
  return withOneSummed(choices);
}

function kindOf(heading: string, values: readonly (CellValue | undefined)[], texts: readonly string[], taken: ReadonlySet<ColumnKind>): ColumnKind {
  const byHeading = BY_HEADING.find(([pattern]) => pattern.test(heading))?.[1];
  const byValues = texts.length === 0 ? null : kindOfValues(values, texts);
  if (byHeading === undefined) return byValues ?? "text";
  // A second name column (家长姓名 beside 学生姓名) is not the person: 户名-like when the heading says so, else text.
  if (byHeading === "name" && taken.has("name")) return "text";
  // 地区/单位 headings holding numbers are not places (单位：元 would not reach here; 人数 might).
  if ((byHeading === "region" || byHeading === "category") && byValues === "money") return byHeading === "category" ? "number" : "text";
  if (byHeading === "category" && new Set(texts).size > MAX_CHOICES) return "text";
  if (byHeading === "text" && byValues === "category") return "text";
  if (byHeading === "money" && byValues !== null && byValues !== "money" && byValues !== "number") return byValues;
  return byHeading;
}

/** What the values alone say, when every filled cell agrees; null when they say nothing clear. */
function kindOfValues(values: readonly (CellValue | undefined)[], texts: readonly string[]): ColumnKind | null {
  const all = (test: (text: string, i: number) => boolean) => texts.every(test);
  const digits = (text: string) => withoutSpaces(toHalfWidth(text));
  if (all((text) => /^\d{17}[\dXx]$/.test(digits(text)) && checkIdNumber(text, normalizeIdNumber(text), 99991231) !== "chars")) return "id-number";
  if (all((text) => /^\d{16,19}$/.test(digits(text)))) return "bank-account";
  if (all((text) => isPhone(text))) return "phone";
  if (all((text) => parseDateKey(text) !== null)) return "date";
  const filled = values.filter((value) => cellText(value) !== "");
  if (filled.every((value) => parseAmountFen(value, 1) !== AMOUNT_INVALID)) {
    // Numbers alone do not say money (年份, 人口): only a heading does (金额, 元, 费用…).
    return "number";
  }
  const distinct = new Set(texts).size;
  if (distinct <= MAX_CHOICES && texts.length >= 3 * distinct) return "category";
  return null;
}

/** Several money columns and none paid by the heading's words: the last is taken for the payment (互助金额 after 自付金额). */
function withOneSummed(choices: ColumnChoice[]): ColumnChoice[] {
  const money = choices.filter((choice) => choice.kind === "money");
  if (money.length === 0 || money.some((choice) => choice.sum)) return choices;
  const last = money[money.length - 1].column;
  return choices.map((choice) => (choice.column === last ? { ...choice, sum: true } : choice));
}
