import type { MessageText } from "../../core/messages/catalogue";
import type { ChosenForm } from "./choose-form-node";
import { terminalText } from "./terminal-text";

/** What of one file's saved settings was applied or not (received-settings.ts). */
export interface SettingsNote {
  readonly file: string;
  readonly said: readonly MessageText[];
}

/**
 * The report's first lines: which form the roster was checked as, and why (each reason names the
 * form); then, per file, what of its saved settings was applied and what was not — on stdout,
 * beside the verdict, not only on stderr.
 */
export function formLine(form: ChosenForm, notes: readonly SettingsNote[]): string {
  const lines = notes.flatMap(({ file, said }) => said.map((text) => `${terminalText(file)}：${terminalText(text.zh)}。\n`));
  return `${form.reason.zh}。\n${lines.join("")}`;
}

/** What --json says of the form: `"template":{id,name,chosenBy,reason:{zh,en},savedSettings:[{file,zh,en}]}`. */
export function formJson(form: ChosenForm, notes: readonly SettingsNote[]) {
  const savedSettings = notes.flatMap(({ file, said }) => said.map((text) => ({ file, zh: text.zh, en: text.en })));
  return { id: form.template.id, name: form.template.name, chosenBy: form.chosenBy, reason: form.reason, savedSettings };
}

/** The --json object's chunks with `template` added as its last key (the object's keys before it unchanged). */
export function* withFormKey(chunks: Iterable<string>, form: ChosenForm, notes: readonly SettingsNote[]): Generator<string> {
  let last: string | undefined;
  for (const chunk of chunks) {
    if (last !== undefined) yield last;
    last = chunk;
  }
  if (last === undefined || !last.endsWith("}\n")) throw new Error("the --json report did not end its object");
  yield `${last.slice(0, -2)},"template":${JSON.stringify(formJson(form, notes))}}\n`;
}
