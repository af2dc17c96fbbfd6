import type { ChosenForm } from "./choose-form-node";

/** The report's first line: which form the roster was checked as, and why (each reason names the form). */
export function formLine(form: ChosenForm): string {
  return `${form.reason.zh}。\n`;
}

/** What --json says of the form: `"template":{id,name,chosenBy,reason:{zh,en}}`. */
export function formJson(form: ChosenForm) {
  return { id: form.template.id, name: form.template.name, chosenBy: form.chosenBy, reason: form.reason };
}

/** The --json object's chunks with `template` added as its last key (the object's keys before it unchanged). */
export function* withFormKey(chunks: Iterable<string>, form: ChosenForm): Generator<string> {
  let last: string | undefined;
  for (const chunk of chunks) {
    if (last !== undefined) yield last;
    last = chunk;
  }
  if (last === undefined || !last.endsWith("}\n")) throw new Error("the --json report did not end its object");
  yield `${last.slice(0, -2)},"template":${JSON.stringify(formJson(form))}}\n`;
}
