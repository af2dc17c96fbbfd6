// zod/mini: the same validator with a tree-shakable API, so the task pane carries only what it uses.
import * as z from "zod/mini";
import { parseDateKey } from "../rows/parse-date";
import { archiveNoPatternProblem } from "./archive-no-pattern";

/**
 * A template pack: one roster form declared as data (assets/templates/*.json). The core knows
 * kinds of fields and kinds of rules; which columns a form has and what is checked on them is
 * here. Validated when loaded (load-pack.ts), never per row. Version 1; keys are only ever added.
 */
const nonEmpty = z.string().check(z.minLength(1));
const fieldRef = nonEmpty;
const yuan = z.number().check(z.nonnegative(), z.multipleOf(0.01));
const severity = z.optional(z.enum(["error", "warning"]));

/** A summary paragraph a form offers (its `summaries`), also what a rules file's `summaries` holds (schema.ts). */
export const summaryTemplateSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  text: nonEmpty,
});

export const FIELD_TYPES = ["text", "name", "money", "id-number", "bank-account", "phone", "date", "integer", "number", "yes-no", "one-of"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const packFieldSchema = z.object({
  /** Free camelCase, unique in the pack: what rules, dimensions and summaries name. */
  key: nonEmpty,
  /** The header a blank form uses. */
  label: nonEmpty,
  /** How messages name the column (身份证号码 / ID number); default: the label, and the key in English. */
  term: z.optional(z.object({ zh: nonEmpty, en: nonEmpty })),
  /** Other header texts meaning this column, compared after folding width, spaces and a bracketed unit. */
  aliases: z.optional(z.array(nonEmpty)),
  type: z.enum(FIELD_TYPES),
  required: z.optional(z.boolean()),
  /** Masked on screen and left out of 公示版; default true for id-number, bank-account and phone. */
  sensitive: z.optional(z.boolean()),
  /** money: the unit the column is written in (a 单位：万元 line still switches it). */
  unit: z.optional(z.enum(["元", "万元"])),
  /**
   * money: part of the row's amount (互助金额 yes, 医疗总费用 no). A pack with one money field may
   * leave it out; with several, at least one must say true, or the pack is refused naming them.
   */
  sum: z.optional(z.boolean()),
  /** one-of: the values allowed. */
  values: z.optional(z.array(nonEmpty)),
  /**
   * one-of: how clerks write each listed value otherwise ({"全国": ["全国劳模", "全国劳动模范"]}); a
   * cell holding a synonym reads as its value before every rule and tally.
   */
  synonyms: z.optional(z.record(nonEmpty, z.array(nonEmpty))),
  /** one-of: other values are a warning rather than an error. */
  open: z.optional(z.boolean()),
  /** yes-no: the texts meaning yes and no. */
  yes: z.optional(z.array(nonEmpty)),
  no: z.optional(z.array(nonEmpty)),
});

export const personSchema = z.object({ name: fieldRef, id: z.optional(fieldRef) });

export const paymentSchema = z.object({
  account: fieldRef,
  holder: z.optional(fieldRef),
  method: z.optional(fieldRef),
  /** 发放方式 values that pay into an account (an empty 发放方式 counts as one). */
  bankMethods: z.optional(z.array(nonEmpty)),
  /**
   * Other words for a bank method (打卡, 一卡通, 社保卡): accepted as bank payment after folding
   * spaces and full width, never offered in the blank form's dropdown.
   */
  bankAliases: z.optional(z.array(nonEmpty)),
  /** 发放方式 values paid in cash: allowed, with a warning. */
  cashMethods: z.optional(z.array(nonEmpty)),
});

export const dimensionSchema = z.object({
  /** What a summary calls it: {#地区}…{/地区}. */
  name: nonEmpty,
  field: fieldRef,
  /** The place in the JSON result and 统计表 it fills: regions, groups, 填报单位. */
  role: z.optional(z.enum(["region", "group", "unit"])),
});

export const flagSchema = z.object({
  /** Counted beside 户数: {劳模户数}. */
  name: nonEmpty,
  field: fieldRef,
  yes: z.array(nonEmpty),
  /** The flag also holds when another field's text contains this (人员类别 困难劳模). */
  alsoWhen: z.optional(z.object({ field: fieldRef, contains: nonEmpty })),
});

const common = { code: z.optional(nonEmpty), severity };

const conditionSchema = z.object({ field: fieldRef, in: z.array(nonEmpty).check(z.minLength(1)) });

const amountTableSchema = z.object({
  field: fieldRef,
  /** The fields the table is keyed by; each entry's `when` names some of them. */
  by: z.optional(z.array(fieldRef)),
  table: z.array(z.object({ when: z.optional(z.record(z.string(), nonEmpty)), yuan })),
  ...common,
});

const patternSource = z.string().check(
  z.superRefine((source, context) => {
    const problem = archiveNoPatternProblem(source);
    if (problem !== null) context.addIssue({ code: "custom", message: `${problem.zh} / ${problem.en}`, input: source });
  }),
);

const dateText = z.string().check(
  z.refine((text) => parseDateKey(text) !== null, { message: "须为日期，如 2025-01-01 / must be a date such as 2025-01-01" }),
);

export const ruleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("required"), fields: z.array(fieldRef).check(z.minLength(1)), ...common }),
  z.object({ kind: z.literal("required-if"), field: fieldRef, when: z.array(conditionSchema).check(z.minLength(1)), ...common }),
  z.object({ kind: z.literal("minimum"), ...amountTableSchema.shape }),
  z.object({ kind: z.literal("maximum"), ...amountTableSchema.shape }),
  z.object({ kind: z.literal("ceiling"), field: fieldRef, yuan: z.number().check(z.positive(), z.multipleOf(0.01)), ...common }),
  z.object({ kind: z.literal("one-of"), field: fieldRef, ...common }),
  z.object({ kind: z.literal("pattern"), field: fieldRef, pattern: patternSource, ...common }),
  z.object({ kind: z.literal("unique"), fields: z.array(fieldRef).check(z.minLength(1)), ...common }),
  z.object({ kind: z.literal("equals-field"), field: fieldRef, equals: z.array(fieldRef).check(z.minLength(1)), ...common }),
  /**
   * 先建档、后帮扶: rows of these archive levels or groups need an archive number. `group` is left
   * out where only the level decides (金秋助学: the parent's archive, the student's school level).
   */
  z.object({
    kind: z.literal("archive-required"),
    field: fieldRef,
    level: fieldRef,
    group: z.optional(fieldRef),
    levels: z.array(nonEmpty),
    groups: z.optional(z.array(nonEmpty)),
    /** A row paying a family the 档案表 says left the register (已解困脱困, 退档): archive-closed as an error or (default) a warning. */
    closed: z.optional(z.enum(["error", "warning"])),
    ...common,
  }),
  /** The payment's 发放方式: cash is a warning, a bank payment needs an account. */
  z.object({ kind: z.literal("pay-method"), ...common }),
  /**
   * A money field equals arithmetic of others (互助金额 = 自付金额 × 给付比例; 小计 = 慰问金 + 帮扶金),
   * fields named by key or label, within `toleranceFen` 分 of the result rounded to the 分.
   */
  z.object({
    kind: z.literal("equals-expression"),
    field: fieldRef,
    expression: nonEmpty,
    toleranceFen: z.optional(z.number().check(z.int(), z.nonnegative())),
    ...common,
  }),
  /**
   * A row's own 小计 column (a money field without `sum`) is the sum of its summed money columns
   * (慰问金 + 帮扶金, an empty one counting 0 as Excel's SUM counts it); the sheet's 小计/合计 rows'
   * cell in it is the sum of that column and of the money columns above them.
   */
  z.object({ kind: z.literal("row-subtotal"), field: fieldRef, ...common }),
  /** A date not before another of the row (出院日期 not before 入院日期). */
  z.object({ kind: z.literal("date-order"), field: fieldRef, notBefore: fieldRef, ...common }),
  /** A date within a period (发放日期 within the 活动时间); either end may be left open. */
  z.object({
    kind: z.literal("date-within"),
    field: fieldRef,
    from: z.optional(dateText),
    to: z.optional(dateText),
    /** How messages name the period: 活动时间. */
    period: z.optional(nonEmpty),
    ...common,
  }),
  /**
   * At most `max` rows per person (by the person's ID) on this form, in one sheet and across the
   * submissions consolidated: 帮扶台账 keeps several 帮扶 records of one person. With severity
   * warning and max 1, a second record is questioned, not refused.
   */
  z.object({ kind: z.literal("records-per-person"), max: z.number().check(z.int(), z.positive()), ...common }),
]);

export const packSchema = z.object({
  format: z.literal("baobiao-template"),
  version: z.literal(1),
  id: nonEmpty,
  name: nonEmpty,
  /** A blank form's title line. */
  title: z.optional(nonEmpty),
  fields: z.array(packFieldSchema).check(z.minLength(1)),
  /**
   * The fields whose columns show a sheet was filled in on this form (劳模级别, 入学层次), used to
   * choose the form from a header; a header matching them only through headings every roster has
   * (姓名、身份证号、地区、金额) is no evidence. Omitted: derived (identifying-fields.ts).
   */
  identify: z.optional(z.array(fieldRef).check(z.minLength(1))),
  /** Who a row is about: duplicate people across sheets and files, the person index. */
  person: personSchema,
  payment: z.optional(paymentSchema),
  dimensions: z.array(dimensionSchema),
  flags: z.optional(z.array(flagSchema)),
  rules: z.array(ruleSchema),
  /** The first is the default. */
  summaries: z.array(summaryTemplateSchema).check(z.minLength(1)),
});

export type Pack = z.infer<typeof packSchema>;
export type PackField = z.infer<typeof packFieldSchema>;
export type PackRule = z.infer<typeof ruleSchema>;
export type RuleKind = PackRule["kind"];
export type Dimension = z.infer<typeof dimensionSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Payment = z.infer<typeof paymentSchema>;
