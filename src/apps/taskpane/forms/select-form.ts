import type { SheetRow } from "../../../core/rows/sheet-row";
import { chooseTemplate } from "../../../core/template/choose-template";
import type { Form, FormSelection } from "./form";

/** The form whose fields the sheet's header names best; the reason says how sure that is. */
export function detectForm(forms: readonly Form[], headerRows: readonly SheetRow[]): FormSelection {
  const choice = chooseTemplate(
    forms.map((form) => form.template),
    [headerRows],
  );
  return { form: forms.find((form) => form.template === choice.pack)!, how: choice.kind, reason: choice.reason };
}

/** A pack saved in the workbook is the form the file was filled in on: it wins over detection. */
export function workbookForm(form: Form): FormSelection {
  return {
    form,
    how: "workbook",
    reason: { zh: `按工作簿中保存的报表“${form.template.pack.name}”校验`, en: `Checked as ${form.template.pack.name}, the form saved in the workbook` },
  };
}

/** The bundled form, because the one saved in the workbook checks less (received-settings.ts): said, never silent. */
export function bundledOverSaved(bundled: Form, saved: Form): FormSelection {
  const name = saved.template.pack.name;
  return {
    form: bundled,
    how: "workbook-refused",
    reason: {
      zh: `未采用工作簿中保存的报表“${name}”（它比内置表式少查），按内置“${bundled.template.pack.name}”校验`,
      en: `Not using the form "${name}" saved in the workbook (it checks less than the bundled one); checked as the bundled ${bundled.template.pack.name}`,
    },
  };
}

export function clerkForm(form: Form): FormSelection {
  return { form, how: "clerk", reason: { zh: `已改用“${form.template.pack.name}”校验`, en: `Checked as ${form.template.pack.name}, as chosen` } };
}
