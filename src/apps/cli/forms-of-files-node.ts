import { groupByForm } from "../../core/consolidate/group-by-form";
import { chooseForm, type ChosenForm } from "./choose-form-node";
import { isProductResultFile } from "./submission-files-node";

/** Files of one form in a run, in the order named. */
export interface FormFiles {
  readonly form: ChosenForm;
  readonly files: readonly string[];
}

/**
 * Without --form, each file's form is read from its own header (or the pack it carries), so the 地区
 * clerk's 送温暖 submissions and the 劳模 roster are checked in one run, each as its form, grouped as
 * the page and pane group them (core/consolidate/group-by-form.ts).
 */
export async function formsOfFiles(files: readonly string[], sheet: string | undefined): Promise<FormFiles[]> {
  const placed: { file: string; form: ChosenForm | null }[] = [];
  for (const file of files) {
    // The product's own 汇总 or 公示名单 joins the first form, whose check sets it aside and says so.
    if (await isProductResultFile(file)) {
      placed.push({ file, form: null });
      continue;
    }
    // Several files: each is read by its header, never by a form it carries (the receiving level checks with its own).
    const form = await chooseForm(undefined, file, sheet, { several: true, useSaved: false });
    placed.push({ file, form: form.chosenBy === "no-match" ? null : form });
  }
  const groups = groupByForm(placed, (item) => item.form?.template.id ?? null);
  if (groups[0].form === null) return [{ form: await chooseForm(undefined, files[0], sheet, { several: true, useSaved: false }), files }];
  return groups.map((group) => ({ form: group.items[0].form!, files: group.items.map((item) => item.file) }));
}
