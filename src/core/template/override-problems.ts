import { archiveLevelKey } from "./archive-level";
import { compileTemplate } from "./compile-template";
import type { Template } from "./schema";
import type { TemplateProblem } from "./template-problems";

/**
 * What a valid-looking template can still get wrong: a column the header must have that no header
 * text can name any more. A check that cannot find the column finds nothing wrong in it.
 */
export function unreachableFieldProblems(template: Template): TemplateProblem[] {
  const compiled = compileTemplate(template);
  const reachable = new Set(compiled.aliases.values());
  return compiled.headerFields
    .filter((key) => !reachable.has(key))
    .map((key) => {
      const label = compiled.fields.find((spec) => spec.key === key)?.label ?? key;
      return {
        path: `fields(${key})`,
        zh: `必填列“${label}”的每种写法都已归到别的列，表头中再也认不出它：请去掉重复的别名`,
        en: `every header text of the required field "${label}" now names another field, so no header can show it: remove the repeated alias`,
      };
    });
}

/**
 * A rules file that switches off every minimum the template had — an empty table, or every entry
 * keyed on a level the template does not know (a file read in the wrong encoding turns 全总 into
 * mojibake) — would pass every amount without a word: refused, naming the entries.
 */
export function minimumsOffProblems(base: Template, merged: Template): TemplateProblem[] {
  const minimums = merged.rules.minimums;
  if (base.rules.minimums.length === 0) return [];
  if (minimums.length === 0) {
    return [
      {
        path: "rules.minimums",
        zh: '最低标准表为空，所有最低标准都不再校验；若本地确实不设最低标准，请写 [{"minYuan": 0}]',
        en: 'the minimum table is empty, so no minimum would be checked; if there really is none, write [{"minYuan": 0}]',
      },
    ];
  }
  const levels = new Set(merged.rules.archiveLevels.map(archiveLevelKey));
  const unknown = minimums.flatMap((minimum, index) => (minimum.level !== undefined && !levels.has(archiveLevelKey(minimum.level)) ? [{ index, level: minimum.level }] : []));
  if (unknown.length < minimums.length) return [];
  const known = merged.rules.archiveLevels;
  return unknown.map(({ index, level }) => ({
    path: `rules.minimums[${index}].level`,
    zh: `建档级别“${level}”不是 archiveLevels 中的级别（${known.join("、")}），每条最低标准都不会生效：请核对文字和文件编码，或把该级别加入 rules.archiveLevels`,
    en: `archive level "${level}" is not among archiveLevels (${known.join(", ")}), so no minimum would ever apply: check the text and the file's encoding, or add the level to rules.archiveLevels`,
  }));
}
