import type { MessageText } from "../messages/catalogue";
import { archiveLevelKey } from "../template/archive-level";
import { bankPayMethodKeys } from "../template/bank-pay-methods";
import { splitRules } from "../template/builtin-checks";
import { fieldRoles } from "../template/field-roles";
import type { Pack, PackRule } from "../template/pack-schema";
import type { Template } from "../template/schema";
import { sensitiveFields } from "../template/sensitive-fields";

/**
 * What a received form (a pack or rules saved in a workbook from another unit) checks less than
 * the form of the same id this side knows: each column dropped or made optional, each type
 * changed, each rule removed or changed, each minimum lowered or keyed on a level that never
 * applies, a higher ceiling, the person or payment unset. Empty: it checks at least as much.
 * A changed rule counts as loosened: which of two tables is stricter is not always decidable,
 * and a clerk who chooses the received form sees it listed.
 */
export function weakenings(reference: Template, received: Template): MessageText[] {
  return [...fieldWeakenings(reference, received), ...whoWeakenings(reference.pack, received.pack), ...ruleWeakenings(reference, received), ...paramWeakenings(reference, received)];
}

function fieldWeakenings(reference: Template, received: Template): MessageText[] {
  const found: MessageText[] = [];
  const receivedFields = new Map(received.fields.map((spec) => [spec.key, spec]));
  const receivedTypes = new Map(received.pack.fields.map((field) => [field.key, field]));
  const receivedSensitive = sensitiveFields(received);
  const referenceSensitive = sensitiveFields(reference);
  const referenceTypes = new Map(reference.pack.fields.map((field) => [field.key, field]));
  for (const spec of reference.fields) {
    const label = spec.label;
    const other = receivedFields.get(spec.key);
    if (other === undefined) {
      found.push({ zh: `去掉了列“${label}”`, en: `drops the column "${label}"` });
      continue;
    }
    if (spec.required && !other.required) found.push({ zh: `列“${label}”不再必填`, en: `the column "${label}" is no longer required` });
    const type = referenceTypes.get(spec.key)?.type;
    const otherType = receivedTypes.get(spec.key)?.type;
    if (type !== undefined && otherType !== undefined && type !== otherType) {
      found.push({ zh: `列“${label}”的类型由 ${type} 改为 ${otherType}`, en: `the column "${label}" changes type from ${type} to ${otherType}` });
    }
    const values = referenceTypes.get(spec.key);
    const otherValues = receivedTypes.get(spec.key);
    if (values?.type === "one-of" && otherValues?.type === "one-of") {
      const added = (otherValues.values ?? []).filter((value) => !(values.values ?? []).includes(value));
      if (added.length > 0 || (otherValues.open === true && values.open !== true)) {
        found.push({ zh: `列“${label}”允许的取值放宽`, en: `the column "${label}" allows more values` });
      }
    }
    if (referenceSensitive.has(spec.key) && !receivedSensitive.has(spec.key)) {
      found.push({ zh: `列“${label}”不再作为敏感信息遮蔽`, en: `the column "${label}" is no longer masked as personal data` });
    }
  }
  return found;
}

function whoWeakenings(reference: Pack, received: Pack): MessageText[] {
  const found: MessageText[] = [];
  if (reference.person.name !== received.person.name || (reference.person.id !== undefined && reference.person.id !== received.person.id)) {
    found.push({ zh: "改变了识别人员的列（person），重复人员可能查不出", en: "changes the columns that identify a person (person): duplicates may go unfound" });
  }
  if (reference.payment !== undefined && (received.payment === undefined || received.payment.account !== reference.payment.account)) {
    found.push({ zh: "去掉或改变了发放账号（payment），账号不再核对", en: "drops or changes the payment account (payment): accounts are no longer checked" });
  }
  return found;
}

/**
 * The pack's rules other than those whose parameters the template carries (archive levels, the
 * minimum table, the ceiling, the archive-number pattern): those are compared as parameters below,
 * where a rules override changes them too.
 */
function ruleWeakenings(reference: Template, received: Template): MessageText[] {
  const split = splitRules(reference.pack, fieldRoles(reference.pack, new Set(reference.pack.fields.map((field) => field.key))));
  const asParameters = new Set<PackRule | undefined>([split.archive, split.minimum, split.ceiling, split.pattern]);
  const receivedRules = new Set(received.pack.rules.map(canonical));
  return reference.pack.rules
    .filter((rule) => !asParameters.has(rule) && !receivedRules.has(canonical(rule)))
    .map((rule) => {
      const what = ruleName(rule);
      return { zh: `去掉或改动了规则 ${what}`, en: `drops or changes the rule ${what}` };
    });
}

function paramWeakenings(reference: Template, received: Template): MessageText[] {
  const found: MessageText[] = [];
  const was = reference.rules;
  const now = received.rules;
  const levels = new Set(now.archiveLevels.map(archiveLevelKey));
  const droppedLevels = was.archiveLevels.filter((level) => !levels.has(archiveLevelKey(level)));
  if (droppedLevels.length > 0) found.push({ zh: `建档级别不再包括 ${droppedLevels.join("、")}`, en: `archive levels no longer include ${droppedLevels.join(", ")}` });
  const droppedGroups = was.archiveGroups.filter((group) => !now.archiveGroups.includes(group));
  if (droppedGroups.length > 0) found.push({ zh: `不再要求 ${droppedGroups.join("、")} 建档`, en: `${droppedGroups.join(", ")} no longer need an archive number` });
  for (const minimum of was.minimums) {
    const where = [minimum.level, minimum.group].filter((part) => part !== undefined).join("/") || "全部 / all";
    const same = now.minimums.find((entry) => entry.level === minimum.level && entry.group === minimum.group);
    const applies = same !== undefined && (same.level === undefined || levels.has(archiveLevelKey(same.level)));
    if (same === undefined || !applies) found.push({ zh: `最低标准（${where}）不再适用`, en: `the minimum (${where}) no longer applies` });
    else if (same.minYuan < minimum.minYuan) {
      found.push({ zh: `最低标准（${where}）由 ${minimum.minYuan} 元降为 ${same.minYuan} 元`, en: `the minimum (${where}) is lowered from ${minimum.minYuan} to ${same.minYuan} yuan` });
    }
  }
  if (now.amountCeilingYuan > was.amountCeilingYuan) {
    found.push({ zh: `金额上限由 ${was.amountCeilingYuan} 元提高到 ${now.amountCeilingYuan} 元`, en: `the amount ceiling is raised from ${was.amountCeilingYuan} to ${now.amountCeilingYuan} yuan` });
  }
  if (was.archiveNoPattern !== undefined && now.archiveNoPattern !== was.archiveNoPattern) {
    found.push({ zh: "档案编号格式被去掉或改动", en: "the archive-number format is dropped or changed" });
  }
  const cash = now.cashPayMethods.filter((method) => !was.cashPayMethods.includes(method));
  if (cash.length > 0) found.push({ zh: `新增现金发放方式 ${cash.join("、")}`, en: `adds cash pay methods ${cash.join(", ")}` });
  // A bank method or alias (打卡, 一卡通) quiets the cash warning: one the received form adds loosens it.
  const bank = bankPayMethodKeys(reference);
  const quieted = [...bankPayMethodKeys(received)].filter((key) => !bank.has(key));
  if (quieted.length > 0) found.push({ zh: `新增视为银行发放的写法 ${quieted.join("、")}`, en: `takes more pay methods as paid into an account: ${quieted.join(", ")}` });
  return found;
}

function ruleName(rule: PackRule): string {
  const fields = "fields" in rule ? rule.fields : "field" in rule ? [rule.field] : [];
  return `${rule.code ?? rule.kind}${fields.length > 0 ? `（${fields.join("、")}）` : ""}`;
}

/** A rule as text with its keys sorted, so two rules equal as data compare equal as strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
