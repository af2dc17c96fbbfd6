import { templateRoles } from "../template/field-roles";
import { sensitiveFields } from "../template/sensitive-fields";
import type { Template } from "../template/schema";
import { inputKind, needsTextFormat } from "./input-kind";
import { amountCeilingYuan } from "./money-ceiling";
import { oneOfValues } from "./one-of-values";
import {
  accountHolderRequirement,
  archiveRequirement,
  bankAccountRequirement,
  labelOf,
  listText,
  minimumLines,
  yuanText,
} from "./rule-phrases";

/**
 * The 填报说明 sheet: the template's rules in plain Chinese, numbered, one per line. Every line comes
 * from the template's data, so a province's own minimums or archive levels are what the form says.
 */
export function instructionLines(template: Template, sheetName: string): string[] {
  const labels = (keys: (spec: Template["fields"][number]) => boolean) => template.fields.filter(keys).map((spec) => spec.label);
  const required = labels((spec) => spec.required);
  const textColumns = labels((spec) => needsTextFormat(inputKind(template, spec.key)));
  const sensitiveKeys = sensitiveFields(template);
  const sensitive = labels((spec) => sensitiveKeys.has(spec.key));
  const lists = template.fields
    .filter((spec) => inputKind(template, spec.key) === "one-of" && oneOfValues(template, spec.key).length > 0)
    .map((spec) => `${spec.label}（${listText(oneOfValues(template, spec.key))}）`);
  const roles = templateRoles(template);
  const idLabel = labelOf(template, roles.id);
  const amountLabel = labelOf(template, roles.amount);
  const archiveNoLabel = labelOf(template, roles.archiveNo);
  const accountLabel = labelOf(template, roles.account);
  const phoneLabel = labelOf(template, roles.phone);
  const minimums = minimumLines(template);
  const pattern = template.rules.archiveNoPattern;

  const lines = [
    `请在“${sheetName}”工作表中从表头下一行起逐行填写，每行一条；不要合并单元格，不要改动表头。`,
    required.length > 0 ? `必填：${listText(required)}。` : null,
    textColumns.length > 0
      ? `${listText(textColumns)}已设为文本格式，直接输入或粘贴即可；不要改成数字或“常规”格式，否则身份证号、卡号第 15 位以后会变成 0，编号前面的 0 会丢失。`
      : null,
    idLabel ? `${idLabel}填 18 位，末位可为 X；15 位旧号码请升为 18 位（仍可填，校验时会提示）。` : null,
    amountLabel ? `${amountLabel}只填数字，单位：元，不要写“元”字、大写或万元；每户不超过 ${yuanText(amountCeilingYuan(template.rules))} 元。` : null,
    minimums.length > 0 ? `最低慰问标准：${minimums.join("；")}。` : null,
    archiveRequirement(template),
    pattern !== undefined && archiveNoLabel ? `${archiveNoLabel}须符合格式（正则表达式）：${pattern}` : null,
    bankAccountRequirement(template),
    accountLabel ? `${accountLabel}：银行卡 16～19 位数字；存折账号照存折填写。` : null,
    accountHolderRequirement(template),
    idLabel || archiveNoLabel
      ? `同一${[idLabel, archiveNoLabel].filter(Boolean).join("或同一")}只能出现一次，不得重复慰问。`
      : null,
    phoneLabel ? `${phoneLabel}：11 位手机号，或带区号的座机号（如 0902-2231234）。` : null,
    lists.length > 0 ? `下拉选择：${lists.join("；")}。列表外的值也可填写，Excel 会请您确认。` : null,
    sensitive.length > 0 ? `${listText(sensitive)}是敏感个人信息，只用于本次发放，不得公开或转发；公示时请用报表助手的“公示版”。` : null,
    "表中的下拉和提醒只在逐格录入时起作用，粘贴进来的内容不会被拦住：填好后请用报表助手校验（Excel 加载项、独立网页或命令行 report check），再逐级上报。",
  ];
  return lines.filter((line): line is string => line !== null).map((line, i) => `${i + 1}. ${line}`);
}
