import * as z from "zod/mini";
import { minimumSchema, ruleParamsSchema, type RuleParams } from "../../../core/template/schema";

/** The rule settings a clerk edits in the pane; saved in the workbook as rule overrides. */
export type RuleSettings = Pick<RuleParams, "minimums" | "archiveGroups" | "archiveNoPattern">;

/** What the inputs hold: text as typed, so a half-typed amount is not lost. */
export interface SettingsForm {
  readonly minimums: readonly { readonly level: string; readonly group: string; readonly minYuan: string }[];
  readonly archiveNoPattern: string;
  readonly archiveGroups: readonly string[];
}

/** Field errors keyed like "minimums.0.minYuan" or "archiveNoPattern". */
export type SettingsErrors = Readonly<Record<string, string>>;

export function formFromRules(rules: RuleSettings): SettingsForm {
  return {
    minimums: rules.minimums.map((minimum) => ({
      level: minimum.level ?? "",
      group: minimum.group ?? "",
      minYuan: String(minimum.minYuan),
    })),
    archiveNoPattern: rules.archiveNoPattern ?? "",
    archiveGroups: [...rules.archiveGroups],
  };
}

const optionalText = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string) => (text === "" ? undefined : text)),
);

/** Parses the typed text with the template schema's own rules, so the pane and the CLI agree. */
const formSchema = z.object({
  minimums: z.array(
    z.object({
      level: optionalText,
      group: optionalText,
      minYuan: z.pipe(
        z.pipe(z.string().check(z.trim(), z.regex(/^\d+(\.\d{1,2})?$/)), z.transform(Number)),
        minimumSchema.shape.minYuan,
      ),
    }),
  ),
  archiveNoPattern: z.pipe(optionalText, ruleParamsSchema.shape.archiveNoPattern),
  archiveGroups: ruleParamsSchema.shape.archiveGroups,
});

export function validateSettings(
  form: SettingsForm,
  amountMessage: string,
): { ok: true; settings: RuleSettings } | { ok: false; errors: SettingsErrors } {
  const parsed = formSchema.safeParse(form);
  if (parsed.success) {
    const { minimums, archiveNoPattern, archiveGroups } = parsed.data;
    const settings: RuleSettings = {
      minimums: minimums.map(({ level, group, minYuan }) => ({
        ...(level === undefined ? {} : { level }),
        ...(group === undefined ? {} : { group }),
        minYuan,
      })),
      archiveGroups,
      ...(archiveNoPattern === undefined ? {} : { archiveNoPattern }),
    };
    return { ok: true, settings };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= key.endsWith("minYuan") ? amountMessage : issue.message;
  }
  return { ok: false, errors };
}
