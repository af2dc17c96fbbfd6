// zod/mini: the same validator with a tree-shakable API, so the task pane carries only what it uses.
import * as z from "zod/mini";
import { archiveNoPatternProblem } from "./archive-no-pattern";
import { summaryTemplateSchema, type Pack } from "./pack-schema";

/**
 * A report template is data: which columns a roster has (with the header aliases units use),
 * the rule parameters a province sets, and the summary text. Validated with zod when loaded or
 * edited — never per row.
 */
const nonEmpty = z.string().check(z.minLength(1));

export const fieldSpecSchema = z.object({
  /** The pack's key for the field (送温暖: name, idNumber, amount…). */
  key: nonEmpty,
  /** The header a new sheet should use, e.g. 慰问金额（元）. */
  label: nonEmpty,
  /** Header texts that mean this column, compared after folding width, spaces and a bracketed unit. */
  aliases: z.array(nonEmpty).check(z.minLength(1)),
  required: z.boolean(),
});

/**
 * A `fields` entry of a rules file: the built-in field of the same key, with only what differs —
 * aliases added, a label replaced — or taken out with an explicit `"remove": true`.
 */
export const fieldOverrideSchema = z.object({
  key: nonEmpty,
  label: z.optional(nonEmpty),
  aliases: z.optional(z.array(nonEmpty)),
  required: z.optional(z.boolean()),
  remove: z.optional(z.boolean()),
});

export const minimumSchema = z.object({
  /** 建档级别 this minimum applies to (全总/省总/市总…); omitted: any level. */
  level: z.optional(nonEmpty),
  /** 人员类别 this minimum applies to; omitted: any group. */
  group: z.optional(nonEmpty),
  /** In yuan, as clerks write it; compared in fen. */
  minYuan: z.number().check(z.nonnegative(), z.multipleOf(0.01)),
});

export const ruleParamsSchema = z.object({
  /** Archive levels whose rows must carry an archive number. */
  archiveLevels: z.array(nonEmpty),
  /** Groups whose rows must carry an archive number (先建档、后帮扶). */
  archiveGroups: z.array(nonEmpty),
  /** The most specific matching entry wins: level+group, then level, then group. */
  minimums: z.array(minimumSchema),
  /** Above this a household's amount is questioned (a warning): an extra 0, or yuan typed under 万元. */
  amountCeilingYuan: z.number().check(z.positive(), z.multipleOf(0.01)),
  /** Optional regular expression (source text, RE2 syntax) an archive number must match in full. */
  archiveNoPattern: z.optional(
    z.string().check(
      z.superRefine((source, context) => {
        const problem = archiveNoPatternProblem(source);
        if (problem !== null) context.addIssue({ code: "custom", message: `${problem.zh} / ${problem.en}`, input: source });
      }),
    ),
  ),
  /** 发放方式 values that pay into an account (an empty 发放方式 counts as bank payment). */
  bankPayMethods: z.array(nonEmpty),
  /** 发放方式 values that pay cash: allowed, with a warning. */
  cashPayMethods: z.array(nonEmpty),
  /** 是否劳模 values meaning yes. */
  modelWorkerYes: z.array(nonEmpty),
});

export const templateSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  fields: z.array(fieldSpecSchema).check(z.minLength(1)),
  rules: ruleParamsSchema,
  /** Built-in summary paragraphs; the first is the default. */
  summaries: z.array(summaryTemplateSchema).check(z.minLength(1)),
});

/** What a rules file (`--rules`, the pane's settings) may say: a template's keys, fields as overrides. */
export const ruleOverridesSchema = z.object({ ...templateSchema.shape, fields: z.array(fieldOverrideSchema) });

export type FieldSpec = z.infer<typeof fieldSpecSchema>;
export type FieldOverride = z.infer<typeof fieldOverrideSchema>;
export type Minimum = z.infer<typeof minimumSchema>;
export type RuleParams = z.infer<typeof ruleParamsSchema>;
export type SummaryTemplate = z.infer<typeof summaryTemplateSchema>;
/**
 * The rule parameters a clerk may override, beside the pack they were derived from
 * (pack-to-template.ts): the pack gives each field its type and the rules their fields.
 */
export type Template = z.infer<typeof templateSchema> & { readonly pack: Pack };
