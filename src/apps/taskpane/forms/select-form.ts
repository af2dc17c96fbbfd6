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

export function clerkForm(form: Form): FormSelection {
  return { form, how: "clerk", reason: { zh: `已改用“${form.template.pack.name}”校验`, en: `Checked as ${form.template.pack.name}, as chosen` } };
}
