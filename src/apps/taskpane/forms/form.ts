import type { MessageText } from "../../../core/messages/catalogue";
import type { Pack } from "../../../core/template/pack-schema";
import { packToTemplate } from "../../../core/template/pack-to-template";
import type { Template } from "../../../core/template/schema";

/** A form the pane can check with: its template (and the pack under it, exported and saved in the workbook). */
export interface Form {
  readonly template: Template;
  /** Shipped with the product, or a province's own pack imported into (or read from) this workbook. */
  readonly origin: "bundled" | "workbook";
}

export function formOf(pack: Pack, origin: Form["origin"]): Form {
  return { template: packToTemplate(pack), origin };
}

/** Which form the check uses and why — shown above the tabs, never left to guess. */
export interface FormSelection {
  readonly form: Form;
  /** Read from the header (alone, or tied with others), saved in the workbook (or refused for checking less), or picked by the clerk. */
  readonly how: "detected" | "ambiguous" | "unidentified" | "no-match" | "workbook" | "workbook-refused" | "clerk";
  readonly reason: MessageText;
}

/**
 * The header names columns but identifies no form, or two alike: the form shown is a guess, and
 * nothing is checked until the clerk chooses. (No column of any form is not a guess: the check
 * says the header is not found and offers 列对应.)
 */
export function formUnconfirmed(selection: FormSelection): boolean {
  return selection.how === "ambiguous" || selection.how === "unidentified";
}
