import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { readTopRows } from "../../adapters/xlsx/top-rows";
import type { MessageText } from "../../core/messages/catalogue";
import { chooseTemplate } from "../../core/template/choose-template";
import type { Template } from "../../core/template/schema";
import { BUILTIN_FORMS, findForm } from "./builtin-forms";
import { loadPackFile } from "./load-inputs-node";

/** The form a check uses, and why: the report says both. */
export interface ChosenForm {
  readonly template: Template;
  /** --form NAME, --form pack.json, or read from the first file's header. */
  readonly chosenBy: "name" | "file" | "detected" | "ambiguous" | "no-match";
  readonly reason: MessageText;
}

/**
 * `--form` when given; else the form whose fields the first file's header names best. Every file
 * of a 汇总 is checked with it: one form per consolidation, as one 统计表 has one set of columns.
 */
export async function chooseForm(form: string | undefined, firstFile: string, sheet: string | undefined): Promise<ChosenForm> {
  if (form !== undefined) {
    const template = await namedForm(form);
    return {
      template,
      chosenBy: isPackFile(form) ? "file" : "name",
      reason: { zh: `按 --form 指定的“${template.name}”校验`, en: `checked as ${template.name}, named by --form` },
    };
  }
  const templates = BUILTIN_FORMS.map((builtin) => builtin.template);
  let sheets;
  try {
    sheets = await readTopRows(await readInputFile(firstFile), firstFile, sheet);
  } catch {
    // The check reads the file again and says what is wrong with it, where it says so for every file.
    return {
      template: templates[0],
      chosenBy: "no-match",
      reason: { zh: `未能读出表头，按“${templates[0].name}”校验`, en: `The header could not be read; checked as ${templates[0].name}` },
    };
  }
  const choice = chooseTemplate(templates, sheets);
  if (choice.kind !== "ambiguous") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  return {
    template: choice.pack,
    chosenBy: choice.kind,
    reason: { zh: `${choice.reason.zh}（--form 名称）`, en: `${choice.reason.en} (--form NAME)` },
  };
}

/** `--form`: a bundled form by name, or a province's own pack file (*.json). */
export function namedForm(form: string): Promise<Template> {
  return isPackFile(form) ? loadPackFile(form) : Promise.resolve(findForm(form));
}

function isPackFile(form: string): boolean {
  return /\.json$/i.test(form);
}
