import { ReportError } from "../../core/errors";
import { BUNDLED_TEMPLATES } from "../../core/template/bundled-packs";
import type { Template } from "../../core/template/schema";

interface BuiltinForm {
  /** The id and the short name: what `--form` accepts, besides the full name or any start of it. */
  readonly names: readonly string[];
  readonly template: Template;
}

/** Short names clerks use; the id and any start of the full name work as well. */
const SHORT_NAMES: Readonly<Record<string, string>> = { songwennuan: "送温暖", "jinqiu-zhuxue": "金秋助学", "laomo-weiwen": "劳模慰问", "kunnan-jiating": "困难家庭", "yiliao-huzhu": "医疗互助", "kunnan-bangfu": "帮扶台账" };

/** The templates the CLI knows by name, in the order detection prefers them on a tie. */
export const BUILTIN_FORMS: readonly BuiltinForm[] = BUNDLED_TEMPLATES.map((template) => ({
  names: [template.id, ...(SHORT_NAMES[template.id] === undefined ? [] : [SHORT_NAMES[template.id]])],
  template,
}));

/** A form by its id, its name or its name's first characters (金秋助学 for 金秋助学资助名单). */
export function findForm(name: string): Template {
  const wanted = name.trim().toLowerCase();
  const exact = BUILTIN_FORMS.find((form) => [...form.names, form.template.id, form.template.name].some((n) => n.toLowerCase() === wanted));
  if (exact) return exact.template;
  const starts = wanted.length >= 2 ? BUILTIN_FORMS.filter((form) => form.template.name.startsWith(name.trim())) : [];
  if (starts.length === 1) return starts[0].template;
  const known = BUILTIN_FORMS.map((form) => form.names.join(" / ")).join("；");
  if (starts.length > 1) {
    const names = starts.map((form) => form.template.name).join("、");
    throw new ReportError("usage", `“${name}”可指${names}，请写全（report forms 列出全部）`, `"${name}" could be ${names}; write it in full (report forms lists them)`);
  }
  throw new ReportError("usage", `没有名为“${name}”的报表；可用的：${known}（report forms 列出全部）`, `No form named "${name}"; available: ${known} (report forms lists them)`);
}

/** `report forms`: one line per form — what --form takes, its name and how many columns it has. */
export function formsListing(): string {
  return BUILTIN_FORMS.map((form) => `${form.names.join(" / ")}\t${form.template.name}（${form.template.fields.length} 列）`).join("\n") + "\n";
}
