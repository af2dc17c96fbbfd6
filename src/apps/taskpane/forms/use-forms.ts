import { useState } from "react";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import type { MessageText } from "../../../core/messages/catalogue";
import { carriedPackChoice } from "../../../core/settings/received-settings";
import { readSavedPack, withoutSavedPack, withSavedPack } from "../../../core/settings/saved-pack";
import { readPack } from "../../../core/template/load-pack";
import type { Pack } from "../../../core/template/pack-schema";
import type { TemplateProblem } from "../../../core/template/template-problems";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { BUNDLED_FORMS } from "./bundled-forms";
import { formOf, type Form, type FormSelection } from "./form";
import type { PackProblems } from "./FormPicker";
import { readPackFile } from "./read-pack-file";
import { bundledOverSaved, clerkForm, detectForm, workbookForm } from "./select-form";

/** A form the workbook carries that checks less than the bundled form of its id: not used until the clerk chooses it. */
export interface RefusedForm {
  readonly form: Form;
  /** What it drops or loosens, one line each. */
  readonly differences: readonly MessageText[];
}

/** Saves the workbook's settings after checking the form can take them (TaskPane's store). */
export type StoreSettings = (next: Record<string, unknown>, form: Form) => Promise<void>;

/**
 * The form the pane checks with, and the clerk's ways to change it: switch to another, import a
 * province's pack, save 设置's edits of the form, restore the form as shipped. A pack in the saved
 * settings is the form the workbook is checked with by every host, so each change is saved there.
 */
export function useForms(saved: unknown | null, store: StoreSettings) {
  const strings = useStrings();
  const [selection, setSelection] = useState<FormSelection>(() => clerkForm(BUNDLED_FORMS[0]));
  /** A province's own pack, imported into or read from this workbook. */
  const [ownForm, setOwnForm] = useState<Form | null>(null);
  const [problems, setProblems] = useState<PackProblems | null>(null);
  const [refused, setRefused] = useState<RefusedForm | null>(null);
  /** Counts 恢复默认模板, so 设置's editor starts again from the form as shipped. */
  const [restores, setRestores] = useState(0);
  const action = useAction();

  /**
   * On opening: the workbook's own pack (unless it checks less than the bundled form of its id: then
   * that form, and the clerk shown what the saved one drops), else the form the page was switched
   * to, else the header's.
   */
  const start = async (host: WorkbookHost, stored: unknown | null, sheet: string, preferred: Form | undefined) => {
    const own = readSavedPack(stored);
    if (own?.pack) {
      const form = formOf(own.pack, "workbook");
      const { reference, differences } = carriedPackChoice(own.pack, BUNDLED_FORMS.map((bundled) => bundled.template));
      const bundled = BUNDLED_FORMS.find((candidate) => candidate.template === reference);
      if (bundled !== undefined && differences.length > 0) {
        return () => {
          setOwnForm(form);
          setRefused({ form, differences });
          setSelection(bundledOverSaved(bundled, form));
        };
      }
      return () => {
        setOwnForm(form);
        setSelection(workbookForm(form));
      };
    }
    const chosen = preferred ? clerkForm(preferred) : detectForm(BUNDLED_FORMS, await host.headerRows(sheet).catch(() => []));
    return () => {
      if (own !== null) setProblems({ title: strings.forms.savedPackBad, problems: own.problems });
      setSelection(chosen);
    };
  };

  const adopt = async (pack: Pack) => {
    const form = formOf(pack, "workbook");
    await store(withSavedPack(saved, pack), form);
    setOwnForm(form);
    setRefused(null);
    setSelection(workbookForm(form));
  };
  const switchTo = async (form: Form) => {
    if (form.origin === "workbook") await store(withSavedPack(saved, form.template.pack), form);
    else if (readSavedPack(saved) !== null) await store(withoutSavedPack(saved), form);
    setRefused(null);
    setSelection(clerkForm(form));
  };

  return {
    selection,
    list: ownForm === null ? BUNDLED_FORMS : [ownForm, ...BUNDLED_FORMS],
    problems,
    /** The saved form not used, and what it drops: the pane shows it with a button to use it all the same. */
    refused,
    restores,
    busy: action.busy,
    error: action.hasError ? action.error : null,
    start,
    choose: (form: Form) => void action.run(() => switchTo(form)),
    /** A province's pack is checked key by key, then saved into the workbook so it travels up with the file. */
    importPack: (file: File) =>
      void action.run(async () => {
        const read = await readPackFile(file, file.name);
        if ("problems" in read) {
          setProblems({ title: strings.forms.problemsTitle(file.name), problems: read.problems });
          return;
        }
        await adopt(read.pack);
        setProblems(null);
      }),
    /** 设置's edits of the form: judged by the pack schema before the workbook keeps them. */
    savePack: async (json: Pack): Promise<readonly TemplateProblem[]> => {
      const reading = readPack(json);
      if (reading.pack !== null) await adopt(reading.pack);
      return reading.problems;
    },
    /** 恢复默认模板: the edited pack leaves the workbook; the form as shipped is used again. */
    restorePack: async () => {
      await switchTo(BUNDLED_FORMS.find((form) => form.template.id === selection.form.template.id) ?? BUNDLED_FORMS[0]);
      setOwnForm(null);
      setRestores((count) => count + 1);
    },
  };
}
