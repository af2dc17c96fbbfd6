import type { FieldSpec, Template } from "../template/schema";
import { MAX_PROMPT_CHARS, MAX_PROMPT_TITLE_CHARS, type ColumnValidation, type InputPrompt } from "./data-validation";
import { inputKind } from "./input-kind";
import { amountCeilingYuan } from "./money-ceiling";
import { oneOfValues } from "./one-of-values";
import { accountHolderRequirement, archiveRequirement, bankAccountRequirement, listText, minimumLines, yuanText } from "./rule-phrases";

const TEXT_CELLS = "本列是文本格式，直接输入或粘贴即可，数字不会丢位。";
const KEEP_ANYWAY = "确认无误可点“是”保留。";

/**
 * The data validation a blank form puts on a field's column, with its input message; null when
 * the column takes any text and has nothing to say (序号, 备注).
 */
export function columnValidation(template: Template, spec: FieldSpec): ColumnValidation | null {
  const kind = inputKind(template, spec.key);
  const title = spec.label.slice(0, MAX_PROMPT_TITLE_CHARS);
  const lead = spec.required ? "必填。" : "";
  switch (kind) {
    case "money":
      return moneyValidation(template, title, lead);
    case "id-number":
      return {
        rule: { type: "textLength", min: 18, max: 18 },
        prompt: prompt(title, `${lead}18 位身份证号码，末位可为 X。${TEXT_CELLS}`),
        alert: {
          style: "warning",
          title: "身份证号码位数不对",
          message: `身份证号码应为 18 位（末位可为 X）；15 位旧号码请升为 18 位。${KEEP_ANYWAY}`,
        },
      };
    case "bank-account":
      return {
        rule: { type: "textLength", min: 16, max: 19 },
        prompt: prompt(title, `${lead}银行卡号 16～19 位数字；存折照存折填写。${bankAccountRequirement(template) ?? ""}${TEXT_CELLS}`),
        alert: { style: "warning", title: "卡号位数不对", message: "银行卡号应为 16～19 位数字；存折账号或确认无误的，可点“是”保留。" },
      };
    case "phone":
      return {
        rule: { type: "textLength", min: 10, max: 13 },
        prompt: prompt(title, `${lead}11 位手机号，或带区号的座机号（如 0902-2231234）。${TEXT_CELLS}`),
        alert: { style: "warning", title: "电话号码位数不对", message: `手机号 11 位；座机请带区号（如 0902-2231234）。${KEEP_ANYWAY}` },
      };
    case "one-of":
      return listValidation(template, spec, title, lead);
    case "archive-number":
      return anyText(title, `${lead}${archiveRequirement(template) ?? ""}${patternNote(template)}${TEXT_CELLS}`);
    case "text":
      return textValidation(template, spec, title, lead);
  }
}

function moneyValidation(template: Template, title: string, lead: string): ColumnValidation {
  const ceiling = yuanText(amountCeilingYuan(template.rules));
  const basis = `${lead}填数字，单位：元（不要写“元”字或大写），0 到 ${ceiling} 元。`;
  const minimums = minimumLines(template);
  const withMinimums = minimums.length > 0 ? `${basis}最低标准：${minimums.join("；")}。` : basis;
  return {
    rule: { type: "decimal", min: 0, max: amountCeilingYuan(template.rules) },
    prompt: prompt(title, withMinimums.length <= MAX_PROMPT_CHARS ? withMinimums : `${basis}最低标准见“填报说明”。`),
    alert: { style: "stop", title: "金额有误", message: `请填 0 到 ${ceiling} 之间的数字，单位：元（不要写“元”字、大写或万元）。` },
  };
}

function listValidation(template: Template, spec: FieldSpec, title: string, lead: string): ColumnValidation | null {
  const values = oneOfValues(template, spec.key);
  if (values.length === 0) return textValidation(template, spec, title, lead);
  return {
    rule: { type: "list", values },
    prompt: prompt(title, `${lead}从下拉列表选择：${listText(values)}；列表外的也可填写，会请您确认。`),
    alert: { style: "warning", title: `${spec.label}不在列表中`.slice(0, MAX_PROMPT_TITLE_CHARS), message: "请从下拉列表选择；确需填写列表外的内容，可点“是”保留。" },
  };
}

function textValidation(template: Template, spec: FieldSpec, title: string, lead: string): ColumnValidation | null {
  const note = spec.key === "accountHolder" ? accountHolderRequirement(template) : null;
  return lead === "" && note === null ? null : anyText(title, `${lead}${note ?? ""}`);
}

function anyText(title: string, message: string): ColumnValidation {
  return { rule: { type: "any" }, prompt: prompt(title, message) };
}

function patternNote(template: Template): string {
  return template.rules.archiveNoPattern === undefined ? "" : "须符合上级规定的编号格式（见“填报说明”）。";
}

function prompt(title: string, message: string): InputPrompt {
  return { title, message: message.length <= MAX_PROMPT_CHARS ? message : `${message.slice(0, MAX_PROMPT_CHARS - 1)}…` };
}
