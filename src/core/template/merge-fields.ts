import { foldHeader } from "../header/fold-header";
import { keyPath } from "./key-path";
import type { FieldOverride, FieldSpec } from "./schema";
import type { TemplateProblem } from "./template-problems";

/**
 * A clerk's `fields` entries laid over the template's: one alias added must not cost the other
 * sixteen columns. A header text the clerk gives a field is that field's from now on, so it is
 * taken off any other field that listed it (类别 meaning 困难类别 in one county).
 */
/** `anchors`: the fields header detection needs whatever the template requires (the person's name, the amount): they cannot be removed. */
export function mergeFields(
  base: readonly FieldSpec[],
  overrides: readonly FieldOverride[],
  anchors: ReadonlySet<string>,
): { fields: FieldSpec[]; problems: TemplateProblem[] } {
  const fields = base.map((spec) => ({ ...spec }));
  const problems: TemplateProblem[] = [];
  overrides.forEach((override, index) => {
    const at = fields.findIndex((spec) => spec.key === override.key);
    const problem = (key: string, zh: string, en: string) => problems.push({ path: keyPath(["fields", index, key]), zh, en });
    if (override.remove === true) {
      if (at < 0) problem("key", `模板中没有“${override.key}”这一列，无从删除`, `the template has no field "${override.key}" to remove`);
      else if (fields[at].required || anchors.has(override.key)) problem("remove", `“${fields[at].label}”是必填列，不能删除`, `"${fields[at].label}" is required and cannot be removed`);
      else fields.splice(at, 1);
      return;
    }
    const added = override.aliases ?? [];
    const claimed = new Set([...(override.label === undefined ? [] : [override.label]), ...added].map(folded));
    for (const other of fields) {
      if (other.key === override.key) continue;
      if (claimed.has(folded(other.label))) {
        problem("aliases", `“${other.label}”是“${other.key}”列的列名，不能再给别的列`, `"${other.label}" is the name of the "${other.key}" field and cannot name another`);
      }
      const kept = other.aliases.filter((alias) => !claimed.has(folded(alias)));
      other.aliases = kept.length > 0 ? kept : [other.label];
    }
    if (at >= 0) {
      const spec = fields[at];
      fields[at] = {
        key: spec.key,
        label: override.label ?? spec.label,
        aliases: [...spec.aliases, ...added.filter((alias) => !spec.aliases.includes(alias))],
        required: override.required ?? spec.required,
      };
    } else if (override.label === undefined || added.length === 0) {
      problem("label", "模板中没有这一列：新加的列须写 label 和 aliases", "the template has no such field: a new field needs a label and aliases");
    } else {
      fields.push({ key: override.key, label: override.label, aliases: added, required: override.required ?? false });
    }
  });
  return { fields, problems };
}

function folded(header: string): string {
  return foldHeader(header).text;
}
