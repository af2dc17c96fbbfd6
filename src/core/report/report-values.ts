import { ReportError } from "../errors";
import { parseTag, type SummaryDimension, type TagPlace } from "../summary/parse-summary-template";
import { SECTION_NAMES, type SectionName, type ValueName } from "../summary/placeholders";
import { sectionItems, showValue, type Item, type SummaryFigures } from "../summary/render-summary";
import { summaryDimensions } from "../summary/summary-dimensions";
import { toFill, type FormReportInput, type ReportInput } from "./report-input";

/** `{填报单位}`: a placeholder of the Word template only (the summary sentence speaks of rosters, not of who sends it). */
const REPORT_UNIT = "填报单位";

/** Where a tag of the clerk's template is evaluated: the whole of a form, or one item of a section of it. */
export interface ReportScope {
  readonly form: FormReportInput;
  readonly item: Item;
}

/** A tag of the clerk's Word template, checked where it stands and ready to evaluate. */
export type ReportTag =
  | { readonly kind: "open"; readonly section: SectionName; readonly written: string }
  | { readonly kind: "close"; readonly written: string; readonly separator?: string }
  | { readonly kind: "value"; readonly text: (scope: ReportScope | null) => string };

/**
 * The summary placeholder language over every form of a run, for the clerk's own Word template:
 * `{户数}` and `{#各地区}…{/各地区}` speak of the first form (送温暖 when the run has it); `{送温暖.户数}`,
 * `{劳模慰问.金额万元}` of the form so named (its id, or its name or the start of it); `{困难职工.户数}`
 * of the one region, 类别 or unit so named in any form (`{送温暖.困难职工.户数}` picks the form). A
 * figure no roster of the run holds is `【请填写：…】`, never a blank or a 0, and so is `{填报单位}` (the
 * sending unit, ReportInput.unit) when the clerk gave none; a name the language does not know is
 * ReportError("summary-placeholder-unknown") naming it and where it stands.
 */
export class ReportValues {
  private readonly dimensions: readonly SummaryDimension[];
  /** The sentences and marks a reader should check: figures left to fill, names found in several forms. */
  readonly notes = new Set<string>();

  constructor(private readonly input: ReportInput) {
    this.dimensions = input.forms.flatMap((form) => summaryDimensions(form.template));
  }

  /** The whole of the first form: outside any section. */
  top(): ReportScope | null {
    const form = this.input.forms[0];
    return form === undefined ? null : { form, item: { tally: form.consolidated.total, label: "" } };
  }

  /** `inner` as written between the braces; `section`: the section it stands in, if any. */
  tag(inner: string, section: SectionName | null, place: TagPlace): ReportTag {
    if (inner.trim() === REPORT_UNIT) return { kind: "value", text: () => this.reportUnit() };
    const parsed = parseTag(inner, section ?? "top", this.dimensions, place, [REPORT_UNIT]);
    if (parsed.kind === "open") return { kind: "open", section: parsed.name, written: parsed.written };
    if (parsed.kind === "close") return parsed;
    if (parsed.kind === "text") return { kind: "value", text: () => parsed.text };
    if (parsed.kind === "value") {
      const name = parsed.name;
      return { kind: "value", text: (scope) => (scope === null ? this.missing(inner.trim()) : showValue(name, scope.item, figuresOf(scope.form))) };
    }
    const { label, name } = parsed;
    return { kind: "value", text: () => this.picked(label, name, inner.trim()) };
  }

  /** The items a section repeats over, of the form the scope is in (the first form outside any section). */
  items(section: SectionName, scope: ReportScope | null): ReportScope[] {
    if (scope === null) return [];
    return sectionItems(section, figuresOf(scope.form)).map((item) => ({ form: scope.form, item }));
  }

  private picked(label: string, name: ValueName, written: string): string {
    const dot = label.indexOf(".");
    const named = this.form(dot < 0 ? label : label.slice(0, dot));
    if (named !== undefined && dot < 0) return showValue(name, { tally: named.consolidated.total, label }, figuresOf(named));
    const forms = named !== undefined ? [named] : dot < 0 ? this.input.forms : [];
    const wanted = named !== undefined ? label.slice(dot + 1) : label;
    const found = forms.flatMap((form) => itemsNamed(form, wanted).map((item) => ({ form, item })));
    if (found.length === 1) return showValue(name, found[0].item, figuresOf(found[0].form));
    if (found.length > 1) this.notes.add(`{${written}}：“${wanted}”在几份名单里都有，请写成 {表名.${wanted}.${name}}（如 {${found[0].form.template.name.slice(0, 3)}.${wanted}.${name}}）`);
    return this.missing(written);
  }

  /** The unit sending the report up, as the clerk gave it; a roster names the unit that filled it, so none is guessed from one. */
  private reportUnit(): string {
    const unit = this.input.unit?.trim() ?? "";
    if (unit !== "") return unit;
    this.notes.add(`{${REPORT_UNIT}}：没有给出报告的填报单位（--unit-name，页面和窗格里的“报告的填报单位（落款）”），已留作 ${toFill(REPORT_UNIT)}`);
    return toFill(REPORT_UNIT);
  }

  private missing(written: string): string {
    this.notes.add(`{${written}}：这次的名单里没有这个数，已留作 ${toFill(written)}`);
    return toFill(written);
  }

  /** A form by its id, its name, or the start of its name (送温暖, 劳模慰问). */
  private form(label: string): FormReportInput | undefined {
    const formsNamed = this.input.forms.filter(({ template }) => template.id === label || template.name.startsWith(label));
    return formsNamed.length === 1 ? formsNamed[0] : undefined;
  }
}

/** The form's regions, 类别 and units named `label`: one is the item a pick means. */
function itemsNamed(form: FormReportInput, label: string): Item[] {
  const figures = figuresOf(form);
  return SECTION_NAMES.flatMap((section) => sectionItems(section, figures).filter((item) => item.label === label));
}

function figuresOf(form: FormReportInput): SummaryFigures {
  return form.consolidated;
}

/** A Word template that is not one (no document part, XML Word cannot read): said with the file's name. */
export function templateUnreadable(file: string, detail: { zh: string; en: string }): ReportError {
  return new ReportError("report-template-invalid", `报告模板 ${file} 无法使用：${detail.zh}`, `The report template ${file} cannot be used: ${detail.en}`);
}
