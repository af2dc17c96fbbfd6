import { basename } from "node:path";
import { readInputFile } from "../../adapters/xlsx/read-input-file-node";
import { openWorkbookFile } from "../../adapters/xlsx/workbook-file";
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
 * the candidates and what each lacks. Every file of a 汇总 is checked with it: one form per
 * consolidation, as one 统计表 has one set of columns, and the receiving level's own.
 */
export async function chooseForm(form: string | undefined, firstFile: string, sheet: string | undefined, options: FormOptions): Promise<ChosenForm> {
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
  const carried = options.several || file === null ? null : savedPack(await file.savedSettings());
  if (carried !== null) return carriedForm(carried, templates, options.useSaved);
  const choice = chooseTemplate(templates, file === null ? [] : await file.topRows(sheet).catch(() => []));
  if (choice.kind === "detected") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  // No column of any form (a missing sheet, an .xls, no header at all) is not a question of which
  // form: the check says what is wrong, naming the file, sheet or columns, as for every file.
  if (choice.kind === "no-match") return { template: choice.pack, chosenBy: choice.kind, reason: choice.reason };
  // A form only guessed would judge the rows by another form's rules (and tell the clerk to delete
  // a 帮扶台账's legitimate second record): the clerk names it.
  const forms = BUILTIN_FORMS.map((form) => form.names.join(" / ")).join("；");
  throw new ReportError(
    "form-not-identified",
    `${basename(firstFile)}：${choice.reason.zh}。用 --form 指定（${forms}，或自己的模板包 .json）。`,
    `${basename(firstFile)}: ${choice.reason.en}. Name it with --form (${forms}, or a pack .json of your own).`,
  );
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
