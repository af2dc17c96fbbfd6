import type { IssueCode } from "../check/types";
import { MESSAGES } from "../messages/catalogue";
import { ReportError } from "../errors";
import { parseSummaryTemplate } from "../summary/parse-summary-template";
import { SECTION_OF_ROLE } from "../summary/summary-dimensions";
import { splitRules } from "./builtin-checks";
import { fieldRoles } from "./field-roles";
import { expressionFields, moneyDegree } from "../rules/expression";
import { parseDateKey } from "../rows/parse-date";
import { identifyingHeadings } from "./identifying-fields";
import { keyPath } from "./key-path";
import { isExpressionProblem, packExpression } from "./pack-expression";
import type { FieldType, Pack, PackField, PackRule } from "./pack-schema";
import type { TemplateProblem } from "./template-problems";

type Path = readonly PropertyKey[];

/** Field types a person's name, a holder or a compared name may have. */
const NAME_LIKE: readonly FieldType[] = ["name", "text"];
const CHOICE_LIKE: readonly FieldType[] = ["text", "one-of", "yes-no"];

/**
 * What zod cannot see in a well-formed pack: a rule, dimension, person or payment naming a field
 * the pack does not have or one of the wrong type, type options on a type that has none. One
 * problem per bad key, each at its JSON path, so a province's pack is fixed in one round.
 */
export function packProblems(pack: Pack): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const byKey = new Map<string, PackField>();
  const say = (path: Path, zh: string, en: string) => problems.push({ path: keyPath(path), zh, en });

  pack.fields.forEach((field, index) => {
    if (byKey.has(field.key)) say(["fields", index, "key"], `字段“${field.key}”重复`, `field "${field.key}" is declared twice`);
    else byKey.set(field.key, field);
    fieldOptionProblems(field, ["fields", index], say);
  });
  const money = pack.fields.filter((field) => field.type === "money");
  if (money.length > 1 && !money.some((field) => field.sum === true)) {
    // Left to guess, the first money column was summed: 医疗总费用 instead of 互助金额, a summary ten times too high.
    const labels = money.map((field) => `${field.label}（${field.key}）`);
    say(
      ["fields"],
      `有${money.length}个金额字段：${labels.join("、")}，须在计入每行金额（合计、汇总）的字段上写 "sum": true，其余写 "sum": false`,
      `${money.length} money fields: ${labels.join(", ")}; mark those that make each row's amount (totals, consolidation) with "sum": true and the others "sum": false`,
    );
  }

  /** Checks one reference; `types` empty means any type will do. */
  const ref = (path: Path, key: string, types: readonly FieldType[] = []) => {
    const field = byKey.get(key);
    if (field === undefined) {
      say(path, `未知字段 ${key}`, `unknown field ${key}`);
    } else if (types.length > 0 && !types.includes(field.type)) {
      say(path, `字段 ${key} 的类型是 ${field.type}，这里须为 ${types.join(" 或 ")}`, `field ${key} is of type ${field.type}; expected ${types.join(" or ")}`);
    }
  };

  (pack.identify ?? []).forEach((key, index) => {
    const field = byKey.get(key);
    if (field === undefined) say(["identify", index], `未知字段 ${key}`, `unknown field ${key}`);
    else if (identifyingHeadings(field).length === 0) {
      say(["identify", index], `字段 ${key} 的表头（${field.label}）是每张名册都有的通用列，不能用来识别报表`, `field ${key}'s headings (${field.label}) are on every roster and cannot identify a form`);
    }
  });
  ref(["person", "name"], pack.person.name, NAME_LIKE);
  if (pack.person.id !== undefined) ref(["person", "id"], pack.person.id, ["id-number"]);
  if (pack.payment !== undefined) {
    ref(["payment", "account"], pack.payment.account, ["bank-account"]);
    if (pack.payment.holder !== undefined) ref(["payment", "holder"], pack.payment.holder, NAME_LIKE);
    if (pack.payment.method !== undefined) ref(["payment", "method"], pack.payment.method, CHOICE_LIKE);
  }
  const dimensionNames = new Set<string>();
  pack.dimensions.forEach((dimension, index) => {
    ref(["dimensions", index, "field"], dimension.field);
    if (dimensionNames.has(dimension.name)) say(["dimensions", index, "name"], `维度名称“${dimension.name}”重复`, `dimension name "${dimension.name}" is used twice`);
    dimensionNames.add(dimension.name);
  });
  (pack.flags ?? []).forEach((flag, index) => {
    ref(["flags", index, "field"], flag.field);
    if (flag.alsoWhen !== undefined) ref(["flags", index, "alsoWhen", "field"], flag.alsoWhen.field);
  });
  pack.rules.forEach((rule, index) => ruleProblems(rule, ["rules", index], ref, say, pack));
  pack.summaries.forEach((summary, index) => {
    const problem = summaryProblem(summary.text, pack);
    if (problem !== null) say(["summaries", index, "text"], problem.messageZh, problem.messageEn);
  });
  if (problems.length === 0) problems.push(...strayCodeProblems(pack));
  return problems;
}

/** A summary's unknown placeholder or broken structure, judged with the pack's own dimension names. */
function summaryProblem(text: string, pack: Pack): ReportError | null {
  const dimensions = pack.dimensions.flatMap((d) => (d.role === undefined ? [] : [{ name: d.name, section: SECTION_OF_ROLE[d.role] }]));
  try {
    parseSummaryTemplate(text, dimensions);
    return null;
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
}

/** The code each generic kind reports under. */
const KIND_CODES: Readonly<Record<string, string>> = {
  required: "required-missing",
  "required-if": "required-missing",
  minimum: "amount-below-minimum",
  maximum: "amount-above-maximum",
  ceiling: "amount-implausible",
  "one-of": "value-not-in-list",
  pattern: "pattern-mismatch",
  unique: "duplicate-value",
  "equals-field": "value-mismatch",
  "equals-expression": "expression-mismatch",
  "row-subtotal": "row-subtotal-mismatch",
  "date-order": "date-order",
  "date-within": "date-out-of-period",
  "records-per-person": "too-many-records",
};

/**
 * A code on a rule the engine's own check does not take (its fields are not the ones that check
 * reads) would not be what the rule reports under: said, rather than silently ignored.
 */
function strayCodeProblems(pack: Pack): TemplateProblem[] {
  const { generic } = splitRules(pack, fieldRoles(pack, new Set(pack.fields.map((field) => field.key))));
  return generic.flatMap((rule) => {
    const own = KIND_CODES[rule.kind];
    if (rule.code === undefined || rule.code === own) return [];
    return [
      {
        path: keyPath(["rules", pack.rules.indexOf(rule), "code"]),
        zh: `问题代码 ${rule.code} 只用于内置检查对应的字段，这条 ${rule.kind} 规则报为 ${own ?? "（无）"}，请删去 code 或改为 ${own ?? "（无）"}`,
        en: `issue code ${rule.code} belongs to the built-in check on its own fields; this ${rule.kind} rule reports ${own ?? "(none)"}: drop the code or write ${own ?? "(none)"}`,
      },
    ];
  });
}

function fieldOptionProblems(field: PackField, at: Path, say: (path: Path, zh: string, en: string) => void): void {
  const only = (key: keyof PackField, type: FieldType) => {
    if (field[key] !== undefined && field.type !== type) say([...at, key], `仅 ${type} 类型的字段可用此项`, `only a field of type ${type} takes this key`);
  };
  only("unit", "money");
  only("sum", "money");
  only("values", "one-of");
  only("open", "one-of");
  only("synonyms", "one-of");
  only("yes", "yes-no");
  only("no", "yes-no");
  if (field.type === "one-of" && (field.values ?? []).length === 0) {
    say([...at, "values"], "one-of 类型的字段须列出可选值", "a one-of field needs its list of values");
  }
  if (field.type === "one-of") synonymProblems(field, at, say);
}

/** Each synonym belongs to one listed value and is not itself a listed value. */
function synonymProblems(field: PackField, at: Path, say: (path: Path, zh: string, en: string) => void): void {
  const values = field.values ?? [];
  const owner = new Map(values.map((value) => [value, value]));
  for (const [value, synonyms] of Object.entries(field.synonyms ?? {})) {
    const path = [...at, "synonyms", value];
    if (!values.includes(value)) {
      say(path, `“${value}”不是可选值之一（${values.join("、")}）`, `"${value}" is not one of the values (${values.join(", ")})`);
      continue;
    }
    for (const synonym of synonyms) {
      const taken = owner.get(synonym);
      if (taken === undefined) owner.set(synonym, value);
      else if (taken === synonym) say(path, `“${synonym}”本身是可选值`, `"${synonym}" is itself one of the values`);
      else say(path, `“${synonym}”已是“${taken}”的同义词`, `"${synonym}" is already a synonym of "${taken}"`);
    }
  }
}

function ruleProblems(
  rule: PackRule,
  at: Path,
  ref: (path: Path, key: string, types?: readonly FieldType[]) => void,
  say: (path: Path, zh: string, en: string) => void,
  pack: Pack,
): void {
  if (rule.code !== undefined) {
    const entry = MESSAGES[rule.code as IssueCode] as (typeof MESSAGES)[IssueCode] | undefined;
    if (entry === undefined) {
      say([...at, "code"], `未知的问题代码 ${rule.code}`, `unknown issue code ${rule.code}`);
    } else if (rule.severity !== undefined && rule.severity !== entry.severity) {
      say([...at, "severity"], `问题代码 ${rule.code} 的级别是 ${entry.severity}`, `issue code ${rule.code} has severity ${entry.severity}`);
    }
  }
  switch (rule.kind) {
    case "required":
    case "unique":
      rule.fields.forEach((key, index) => ref([...at, "fields", index], key));
      return;
    case "required-if":
      ref([...at, "field"], rule.field);
      rule.when.forEach((condition, index) => ref([...at, "when", index, "field"], condition.field));
      return;
    case "minimum":
    case "maximum": {
      ref([...at, "field"], rule.field, ["money"]);
      (rule.by ?? []).forEach((key, index) => ref([...at, "by", index], key));
      const by = rule.by === undefined ? null : new Set(rule.by);
      rule.table.forEach((entry, index) => {
        for (const key of Object.keys(entry.when ?? {})) {
          if (by !== null && !by.has(key)) say([...at, "table", index, "when", key], `字段 ${key} 不在 by 中`, `field ${key} is not listed in by`);
          else if (by === null) ref([...at, "table", index, "when", key], key);
        }
      });
      return;
    }
    case "ceiling":
      ref([...at, "field"], rule.field, ["money"]);
      return;
    case "one-of":
      ref([...at, "field"], rule.field, ["one-of"]);
      return;
    case "pattern":
      ref([...at, "field"], rule.field);
      return;
    case "equals-field":
      ref([...at, "field"], rule.field, ["name", "text"]);
      rule.equals.forEach((key, index) => ref([...at, "equals", index], key, ["name", "text"]));
      return;
    case "archive-required":
      ref([...at, "field"], rule.field);
      ref([...at, "level"], rule.level);
      if (rule.group !== undefined) ref([...at, "group"], rule.group);
      return;
    case "equals-expression": {
      ref([...at, "field"], rule.field, ["money"]);
      const expression = packExpression(rule.expression, pack.fields);
      if (isExpressionProblem(expression)) {
        say([...at, "expression"], expression.zh, expression.en);
        return;
      }
      const operands = expressionFields(expression);
      operands.forEach((key) => ref([...at, "expression"], key, ["money", "number", "integer"]));
      if (operands.includes(rule.field)) say([...at, "expression"], "算式中不能含被比较的字段本身", "the expression cannot contain the field it is compared with");
      else if (moneyDegree(expression, (key) => pack.fields.find((field) => field.key === key)?.type === "money") !== 1) {
        say(
          [...at, "expression"],
          "算式须算出一个金额：金额只能与金额相加减，乘除的数须是比例或数值（如 自付金额 × 给付比例、慰问金 + 帮扶金）",
          "the expression must come to an amount: add money to money only, multiply or divide it by a rate or number (自付金额 × 给付比例, 慰问金 + 帮扶金)",
        );
      }
      return;
    }
    case "date-order":
      ref([...at, "field"], rule.field, ["date"]);
      ref([...at, "notBefore"], rule.notBefore, ["date"]);
      if (rule.field === rule.notBefore) say([...at, "notBefore"], "不能与 field 是同一个字段", "cannot be the same field as field");
      return;
    case "date-within":
      ref([...at, "field"], rule.field, ["date"]);
      if (rule.from === undefined && rule.to === undefined) say(at, "须给出 from（起）或 to（止），或两者", "give from, to or both");
      else if (rule.from !== undefined && rule.to !== undefined && parseDateKey(rule.from)! > parseDateKey(rule.to)!) {
        say([...at, "to"], `止日 ${rule.to} 早于起日 ${rule.from}：每个日期都会被报错`, `the end ${rule.to} is before the start ${rule.from}: every date would be flagged`);
      }
      return;
    case "records-per-person":
      return;
    case "row-subtotal": {
      ref([...at, "field"], rule.field, ["money"]);
      // The 小计 counted into the row's amount would count every row twice.
      if (pack.fields.some((field) => field.key === rule.field && field.sum === true)) {
        say([...at, "field"], `小计字段 ${rule.field} 不能写 "sum": true：它是各金额列之和，再计入金额就重复了`, `the subtotal field ${rule.field} cannot say "sum": true: it is the sum of the money columns and would be counted twice`);
      }
      return;
    }
    case "pay-method":
      if (pack.payment?.method === undefined) say([...at, "kind"], "pay-method 规则须在 payment.method 中指明发放方式字段", "a pay-method rule needs payment.method to name the 发放方式 field");
      return;
  }
}
