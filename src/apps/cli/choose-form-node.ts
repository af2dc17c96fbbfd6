import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { openWorkbookFile } from "../../adapters/xlsx/workbook-file";
import type { MessageText } from "../../core/messages/catalogue";
import { savedPack } from "../../core/settings/saved-pack";
import { chooseTemplate } from "../../core/template/choose-template";
import type { Pack } from "../../core/template/pack-schema";
import { packToTemplate } from "../../core/template/pack-to-template";
import type { Template } from "../../core/template/schema";
import { BUILTIN_FORMS, findForm } from "./builtin-forms";
import { loadPackFile } from "./load-inputs-node";

/** The form a check uses, and why: the report says both. */
export interface ChosenForm {
  readonly template: Template;
  /** --form NAME, --form pack.json, the pack saved in the workbook, or read from the header. */
  readonly chosenBy: "name" | "file" | "workbook" | "detected" | "ambiguous" | "no-match";
  readonly reason: MessageText;
  /** A province's own pack (not a bundled one): saved into the workbook --out writes, to travel up with it. */
  readonly ownPack?: Pack;
}

/**
 * `--form` when given; else the pack the first file carries (saved by the level below); else the
 * form whose fields its header names best. Every file of a 汇总 is checked with it: one form per
 * consolidation, as one 统计表 has one set of columns.
 */
export async function chooseForm(form: string | undefined, firstFile: string, sheet: string | undefined): Promise<ChosenForm> {
  if (form !== undefined) {
    const named = await namedForm(form);
    const reason = { zh: `按 --form 指定的“${named.template.name}”校验`, en: `checked as ${named.template.name}, named by --form` };
    return { ...named, chosenBy: named.ownPack === undefined ? "name" : "file", reason };
  }
  const templates = BUILTIN_FORMS.map((builtin) => builtin.template);
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(firstFile);
  } catch {
    // The check reads the file again and says what is wrong with it, where it says so for every file.
    return {
      template: templates[0],
      chosenBy: "no-match",
      reason: { zh: `未能读出表头，按“${templates[0].name}”校验`, en: `The header could not be read; checked as ${templates[0].name}` },
    };
  }
  // Opened once for both questions: the pack it carries, else its header. Not a workbook: no pack, no header.
  const file = await openWorkbookFile(bytes, firstFile).catch(() => null);
  const carried = savedPack(file === null ? null : await file.savedSettings());
  if (carried !== null) {
    const reason = { zh: `按工作簿中保存的模板包“${carried.name}”校验`, en: `checked as ${carried.name}, the pack saved in the workbook` };
    return { template: packToTemplate(carried), ownPack: carried, chosenBy: "workbook", reason };
  }
  const choice = chooseTemplate(templates, file === null ? [] : await file.topRows(sheet).catch(() => []));
  if (choice.kind !== "ambiguous") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  return {
    template: choice.pack,
    chosenBy: choice.kind,
    reason: { zh: `${choice.reason.zh}（--form 名称）`, en: `${choice.reason.en} (--form NAME)` },
  };
}

/** `--form`: a bundled form by name, or a province's own pack file (*.json). */
export async function namedForm(form: string): Promise<{ template: Template; ownPack?: Pack }> {
  if (!/\.json$/i.test(form)) return { template: findForm(form) };
  const pack = await loadPackFile(form);
  return { template: packToTemplate(pack), ownPack: pack };
}
