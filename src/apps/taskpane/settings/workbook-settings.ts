import type { Template } from "../../../core/template/schema";
import type { RuleSettings } from "./settings-form";

/** The saved settings with the 设置 tab's rules replaced; the 列对应 and anything else are kept. */
export function withRules(saved: unknown | null, rules: RuleSettings): Record<string, unknown> {
  const rest = typeof saved === "object" && saved !== null && !Array.isArray(saved) ? saved : {};
  return { ...rest, rules };
}

export function rulesOf(template: Template): RuleSettings {
  const { minimums, archiveGroups, archiveNoPattern } = template.rules;
  return { minimums, archiveGroups, ...(archiveNoPattern === undefined ? {} : { archiveNoPattern }) };
}
