import { ReportError } from "../../core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../core/template/songwennuan";
import type { Template } from "../../core/template/schema";

interface BuiltinForm {
  /** What `--form` accepts: the template's id and the clerk's short name. */
  readonly names: readonly string[];
  readonly template: Template;
}

/** The templates the CLI knows by name. Packs (issue 10) will add theirs here. */
export const BUILTIN_FORMS: readonly BuiltinForm[] = [{ names: [SONGWENNUAN_TEMPLATE.id, "送温暖"], template: SONGWENNUAN_TEMPLATE }];

export function findForm(name: string): Template {
  const wanted = name.trim().toLowerCase();
  const form = BUILTIN_FORMS.find((candidate) => candidate.names.some((n) => n.toLowerCase() === wanted));
  if (form) return form.template;
  const known = BUILTIN_FORMS.map((candidate) => candidate.names.join(" / ")).join("；");
  throw new ReportError("usage", `没有名为“${name}”的报表；可用的：${known}（report forms 列出全部）`, `No form named "${name}"; available: ${known} (report forms lists them)`);
}

/** `report forms`: one line per form, its names then its title. */
export function formsListing(): string {
  return BUILTIN_FORMS.map((form) => `${form.names.join(" / ")}\t${form.template.name}（${form.template.fields.length} 列）`).join("\n") + "\n";
}
