import { BUNDLED_TEMPLATES } from "../../../core/template/bundled-packs";
import type { Form } from "./form";

/**
 * The packs shipped in assets/templates, 送温暖 first. A few KiB of JSON: bundled with the pane, as
 * detection needs every one before the first check.
 */
export const BUNDLED_FORMS: readonly Form[] = BUNDLED_TEMPLATES.map((template) => ({ template, origin: "bundled" }));
