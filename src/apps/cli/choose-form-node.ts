import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { ReportError } from "../../core/errors";
import type { MessageText } from "../../core/messages/catalogue";
import { carriedPackChoice } from "../../core/settings/received-settings";
import { savedPack } from "../../core/settings/saved-pack";
import { chooseTemplate } from "../../core/template/choose-template";
import type { Pack } from "../../core/template/pack-schema";
import { packToTemplate } from "../../core/template/pack-to-template";
import type { Template } from "../../core/template/schema";
import { BUILTIN_FORMS, findForm } from "./builtin-forms";
import { loadPackFile } from "./load-inputs-node";
import { terminalText } from "./terminal-text";

/** The form a check uses, and why: the report says both. */
export interface ChosenForm {
  readonly template: Template;
  /** --form NAME, --form pack.json, the pack saved in the workbook (or the bundled form it would loosen), or read from the header. */
  readonly chosenBy: "name" | "file" | "workbook" | "workbook-refused" | "detected" | "no-match";
  readonly reason: MessageText;
  /** A province's own pack (not a bundled one): saved into the workbook --out writes, to travel up with it. */
  readonly ownPack?: Pack;
}

const BUILTIN_TEMPLATES: readonly Template[] = BUILTIN_FORMS.map((builtin) => builtin.template);

/** How the form is chosen besides --form. */
export interface FormOptions {
  /** A consolidation: every file is checked with the receiving level's form, never one a file carries. */
  readonly several: boolean;
  /** --use-saved-settings: a carried pack that checks less than the bundled form of its id is used all the same. */
  readonly useSaved: boolean;
}

/**
 * `--form` when given; else, for one file, the pack it carries (saved by the level below) when it
 * checks no less than the bundled form of its id, or the clerk chose it; else the form its header
 * identifies (choose-template.ts) — a header that identifies none, or two alike, is refused, listing
 * the candidates and what each lacks. The file is the one opening the check then uses (open-input-node.ts).
 */
export async function chooseForm(form: string | undefined, opening: Promise<WorkbookFile>, sheet: string | undefined, options: FormOptions): Promise<ChosenForm> {
  if (form !== undefined) return formOption(form);
  // Not a workbook: no pack, no header. The check says what is wrong with it, where it says so for every file.
  const file = await opening.catch(() => null);
  if (file === null) return headerUnread();
  const carried = options.several ? null : savedPack(await file.savedSettings());
  if (carried !== null) return carriedForm(carried, BUILTIN_TEMPLATES, options.useSaved);
  return headerForm(file, sheet);
}

/** The form --form names, a bundled one or a pack file: no roster is asked. */
export async function formOption(form: string): Promise<ChosenForm> {
  const named = await namedForm(form);
  const reason = { zh: `按 --form 指定的“${named.template.name}”校验`, en: `checked as ${named.template.name}, named by --form` };
  return { ...named, chosenBy: named.ownPack === undefined ? "name" : "file", reason };
}

/**
 * The form a file's own header identifies: in a 汇总 every file is read by its header, never by a form
 * it carries (the receiving level checks with its own), and the files of one form are checked together.
 * A header that identifies no form is refused, naming the file (a run of one file stops on it).
 */
export async function headerForm(file: WorkbookFile, sheet: string | undefined): Promise<ChosenForm> {
  const form = await identifiedForm(file, sheet);
  if ("unidentified" in form) throw new ReportError("form-not-identified", `${file.fileName}：${form.unidentified.zh}`, `${file.fileName}: ${form.unidentified.en}`);
  return form;
}

/**
 * The form a file's header identifies, or why it identifies none and what to do: among other files,
 * such a file is set aside as one that could not be checked (its reason beside its name), never checked
 * as a guessed form nor a reason to stop the others.
 */
export async function identifiedForm(file: WorkbookFile, sheet: string | undefined): Promise<ChosenForm | { readonly unidentified: MessageText }> {
  const choice = chooseTemplate(BUILTIN_TEMPLATES, await file.topRows(sheet).catch(() => []));
  if (choice.kind === "detected") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  // No column of any form (a missing sheet, no header at all) is not a question of which
  // form: the check says what is wrong, naming the file, sheet or columns, as for every file.
  if (choice.kind === "no-match") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  // A form only guessed would judge the rows by another form's rules (and tell the clerk to delete
  // a 帮扶台账's legitimate second record): the clerk names it.
  const forms = BUILTIN_FORMS.map((form) => form.names.join(" / ")).join("；");
  return {
    unidentified: {
      zh: `${choice.reason.zh}。用 --form 指定（${forms}，或自己的模板包 .json）；没有合适的报表时，可按表头生成模板草稿：report forms --from ${file.fileName} --out 本表.json。`,
      en: `${choice.reason.en}. Name it with --form (${forms}, or a pack .json of your own); if none fits, draft one from the header: report forms --from ${file.fileName} --out form.json.`,
    },
  };
}

/** The form of a file whose header could not be read: the first, whose check then says what is wrong. */
export function headerUnread(): ChosenForm {
  const first = BUILTIN_TEMPLATES[0];
  return { template: first, chosenBy: "no-match", reason: { zh: `未能读出表头，按“${first.name}”校验`, en: `The header could not be read; checked as ${first.name}` } };
}

/** A bundled form by id: what a form read in a worker thread is named by when it crosses back. */
export function bundledForm(id: string, reason: MessageText): ChosenForm {
  const template = BUILTIN_TEMPLATES.find((candidate) => candidate.id === id);
  if (template === undefined) throw new Error(`no bundled form ${id}`);
  return { template, chosenBy: "detected", reason };
}

/** A pack the one file carries: used, or refused for the bundled form of its id when it checks less (received-settings.ts). */
function carriedForm(carried: Pack, templates: readonly Template[], useSaved: boolean): ChosenForm {
  const { reference, differences } = carriedPackChoice(carried, templates);
  const name = terminalText(carried.name);
  const less = { zh: differences.map((text) => text.zh).join("；"), en: differences.map((text) => text.en).join("; ") };
  if (reference !== null && differences.length > 0 && !useSaved) {
    return {
      template: reference,
      chosenBy: "workbook-refused",
      reason: {
        zh: `未采用工作簿中保存的表式“${name}”，按内置“${reference.name}”校验：它比内置表式少查：${less.zh}（确需采用请加 --use-saved-settings）`,
        en: `did not use the form "${name}" saved in the workbook; checked as the bundled ${reference.name}: it checks less: ${less.en} (--use-saved-settings to use it)`,
      },
    };
  }
  const note =
    reference === null
      ? { zh: "（非内置表式，本机无同名表式可比）", en: " (not a bundled form; nothing to compare it with)" }
      : differences.length > 0
        ? { zh: `（按 --use-saved-settings 采用；它比内置表式少查：${less.zh}）`, en: ` (used by --use-saved-settings; it checks less than the bundled form: ${less.en})` }
        : { zh: "（与内置表式相比未少查任何一项）", en: " (it checks nothing less than the bundled form)" };
  return {
    template: packToTemplate(carried),
    ownPack: carried,
    chosenBy: "workbook",
    reason: { zh: `按工作簿中保存的表式“${name}”校验${note.zh}`, en: `checked as ${name}, the form saved in the workbook${note.en}` },
  };
}

/** `--form`: a bundled form by name, or a province's own pack file (*.json). */
export async function namedForm(form: string): Promise<{ template: Template; ownPack?: Pack }> {
  if (!/\.json$/i.test(form)) return { template: findForm(form) };
  const pack = await loadPackFile(form);
  return { template: packToTemplate(pack), ownPack: pack };
}
