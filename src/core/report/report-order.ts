import { BUNDLED_TEMPLATES } from "../template/bundled-packs";
import type { FormReportInput } from "./report-input";

/**
 * The forms of a report in the bundled order (送温暖's sentence (1), the 劳模 roster's (2), as 篇3
 * has them), whatever order the files came in; a province's own pack after them.
 */
export function inReportOrder(forms: readonly FormReportInput[]): FormReportInput[] {
  const order = (form: FormReportInput) => {
    const at = BUNDLED_TEMPLATES.findIndex((template) => template.id === form.template.id);
    return at < 0 ? BUNDLED_TEMPLATES.length : at;
  };
  return [...forms].sort((a, b) => order(a) - order(b));
}
