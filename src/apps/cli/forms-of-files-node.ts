import { chooseForm, type ChosenForm } from "./choose-form-node";
import { isProductResultFile } from "./submission-files-node";

/** Files of one form in a run, in the order named. */
export interface FormFiles {
  readonly form: ChosenForm;
  readonly files: readonly string[];
}

/**
 * Without --form, each file's form is read from its own header (or the pack it carries), so the 地区
 * clerk's 送温暖 submissions and the 劳模 roster are checked in one run, each as its form. A file
 * whose header names no form joins the run's first form, whose check then says what its header lacks.
 */
export async function formsOfFiles(files: readonly string[], sheet: string | undefined): Promise<FormFiles[]> {
  const groups: { form: ChosenForm; files: string[] }[] = [];
  const unplaced: string[] = [];
  for (const file of files) {
    // The product's own 汇总 or 公示名单 joins the first form, whose check sets it aside and says so.
    if (await isProductResultFile(file)) {
      unplaced.push(file);
      continue;
    }
    // Several files: each is read by its header, never by a form it carries (the receiving level checks with its own).
    const form = await chooseForm(undefined, file, sheet, { several: true, useSaved: false });
    if (form.chosenBy === "no-match") {
      unplaced.push(file);
      continue;
    }
    const group = groups.find((candidate) => candidate.form.template.id === form.template.id);
    if (group === undefined) groups.push({ form, files: [file] });
    else group.files.push(file);
  }
  if (groups.length === 0) return [{ form: await chooseForm(undefined, files[0], sheet, { several: true, useSaved: false }), files }];
  groups[0].files.push(...unplaced);
  return groups;
}
