import type { ConsolidatedResult } from "../consolidate/consolidation";
import type { RenderedSummary } from "../summary/render-summary";
import type { Template } from "../template/schema";

/** One form of a run, as the report speaks of it: its figures over every submission, and its sentence. */
export interface FormReportInput {
  readonly template: Template;
  readonly consolidated: ConsolidatedResult;
  /** The form's sentence in 二、慰问人员及慰问金发放情况 (report-sentence.ts). */
  readonly sentence: RenderedSummary;
}

/** Everything a report is written from: the forms in the order the report names them, and the day it is signed. */
export interface ReportInput {
  readonly forms: readonly FormReportInput[];
  /** The 落款's date: the day the report is written, given by the app (the core reads no clock). */
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
  /**
   * The unit the report is sent by, as the clerk typed it (--unit-name, the page's and pane's field): the
   * 落款 and the start of the title. Absent or blank: the 落款 is left to fill — a roster names the unit
   * that filled it, not the one that sends the report up.
   */
  readonly unit?: string;
}

/** A slot no roster of the run fills: shown in the document as it is, for the clerk to see and fill, never blank or 0. */
export function toFill(what: string): string {
  return `【请填写：${what}】`;
}
