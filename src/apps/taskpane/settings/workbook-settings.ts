import { applyRuleOverrides } from "../../../core/template/load-template";
import type { Template } from "../../../core/template/schema";
import type { RuleSettings } from "./settings-form";

/** What the pane stores in the workbook: a rules override in the same shape as a `--rules` file. */
export function settingsOverride(settings: RuleSettings): { rules: RuleSettings } {
  return { rules: settings };
}

export function rulesOf(template: Template): RuleSettings {
  const { minimums, archiveGroups, archiveNoPattern } = template.rules;
  return { minimums, archiveGroups, ...(archiveNoPattern === undefined ? {} : { archiveNoPattern }) };
}

/** The built-in template with the workbook's saved settings laid over it (throws ReportError). */
export function templateWithSettings(base: Template, saved: unknown | null): Template {
  return saved === null ? base : applyRuleOverrides(base, saved);
}
