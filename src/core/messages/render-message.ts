import type { IssueCode } from "../check/types";
import { MESSAGES, type MessageText } from "./catalogue";

export type MessageParams = Readonly<Record<string, string | number>>;

const SLOT = /\{(\w+)\}/g;

/** The catalogue text for a code (and variant) with its `{param}` slots filled. */
export function renderMessage(code: IssueCode, variant: string, params: MessageParams): MessageText {
  const { variants } = MESSAGES[code];
  const text = variants[variant] ?? variants.default ?? Object.values(variants)[0];
  const fill = (template: string) => template.replace(SLOT, (slot, name: string) => (name in params ? String(params[name]) : slot));
  return { zh: fill(text.zh), en: fill(text.en) };
}
