import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { ReportError } from "../../core/errors";
import { headerForm, type ChosenForm } from "./choose-form-node";

/**
 * A roster checked as the form --form named, and no header of that form found: when the header is
 * plainly another bundled form's, say which, so the clerk is not left renaming the right columns.
 */
export async function withFormHint(error: unknown, form: ChosenForm, opening: Promise<WorkbookFile>, sheet: string | undefined): Promise<unknown> {
  if (!(error instanceof ReportError) || error.code !== "header-not-found" || (form.chosenBy !== "name" && form.chosenBy !== "file")) return error;
  // A header identifying no form (none, or several alike) gives no hint: the error stands as it is.
  const detected = await opening.then((file) => headerForm(file, sheet)).catch(() => null);
  if (detected === null || detected.chosenBy !== "detected" || detected.template.id === form.template.id) return error;
  const name = detected.template.name;
  return new ReportError(
    error.code,
    `${error.messageZh}这张表更像“${name}”：去掉 --form 让助手按表头识别，或改为 --form ${detected.template.id}。`,
    `${error.messageEn} The sheet looks like ${name}: leave out --form to have it read from the header, or give --form ${detected.template.id}.`,
  );
}
