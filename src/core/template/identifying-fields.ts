import { foldHeader } from "../header/fold-header";
import type { PackField } from "./pack-schema";

/**
 * Headings every roster has, whatever its form: a header naming only these says nothing about which
 * form it was filled in on (姓名、身份证号、地区、金额 fit 送温暖 and 困难家庭 alike), so they never
 * count as evidence for one, even under a field that identifies its form.
 */
const GENERIC_HEADINGS: ReadonlySet<string> = new Set(
  [
    "序号", "序", "姓名", "身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码",
    "地区", "所在地区", "所属地区", "单位", "工作单位", "所在单位", "单位名称",
    "金额", "发放金额", "备注", "联系电话", "电话", "手机号码", "手机号", "手机", "联系方式",
    "银行卡号", "银行账号", "账号", "卡号", "开户银行", "开户行", "户名", "开户名", "开户人", "持卡人",
    "类别", "类型", "日期",
  ].map((heading) => foldHeader(heading).text),
);

/** A field's headings: its label and the other texts meaning it. */
export interface HeadedField {
  readonly label: string;
  readonly aliases?: readonly string[];
}

/** What choosing a form needs of a pack: its fields, and the ones it names as identifying it. */
export interface IdentifiablePack {
  readonly fields: readonly (HeadedField & { readonly key: string; readonly type?: PackField["type"] })[];
  readonly identify?: readonly string[];
  readonly person?: { readonly name: string; readonly id?: string };
  readonly payment?: { readonly account: string; readonly holder?: string; readonly method?: string };
  readonly dimensions?: readonly { readonly field: string; readonly role?: string }[];
}

/** Field types every roster has: a person, an ID, an account, a phone. */
const GENERIC_TYPES: ReadonlySet<string> = new Set(["name", "id-number", "bank-account", "phone"]);

export function isGenericHeading(foldedText: string): boolean {
  return GENERIC_HEADINGS.has(foldedText);
}

/**
 * The fields whose columns are evidence of the form (劳模级别 of 劳模慰问, 入学层次 of 金秋助学): the
 * pack's `identify`, or, for a pack that names none, every field but the person, the payment, the
 * region and unit, 序号 and 备注 — those are on every roster.
 */
export function identifyingFields(pack: IdentifiablePack): readonly string[] {
  if (pack.identify !== undefined) return pack.identify;
  const everyRoster = new Set<string>([
    ...[pack.person?.name, pack.person?.id, pack.payment?.account, pack.payment?.holder, pack.payment?.method].filter((key): key is string => key !== undefined),
    ...(pack.dimensions ?? []).filter((d) => d.role === "region" || d.role === "unit").map((d) => d.field),
  ]);
  return pack.fields
    .filter((field) => !everyRoster.has(field.key) && !GENERIC_TYPES.has(field.type ?? "text"))
    .filter((field) => !isGenericHeading(foldHeader(field.label).text) && identifyingHeadings(field).length > 0)
    .map((field) => field.key);
}

/** A field's headings that can identify its form: its label and aliases, less the generic ones. */
export function identifyingHeadings(field: HeadedField): readonly string[] {
  return [field.label, ...(field.aliases ?? [])].map((heading) => foldHeader(heading).text).filter((heading) => !GENERIC_HEADINGS.has(heading));
}
