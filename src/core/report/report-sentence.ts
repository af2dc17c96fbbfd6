import type { ConsolidatedResult } from "../consolidate/consolidation";
import { defaultSummary } from "../summary/consolidation-summary";
import { parseSummaryTemplate } from "../summary/parse-summary-template";
import { renderParsedSummary, type RenderedSummary } from "../summary/render-summary";
import { summaryDimensions } from "../summary/summary-dimensions";
import type { Template } from "../template/schema";

/** The pack's summary written for the report (劳模慰问's 全地区将为…), where a pack has one. */
export const REPORT_SUMMARY_ID = "report";

/**
 * The form's sentence in the report: the pack's `report` summary, else the summary a check shows
 * (by 填报单位 when there are several): 送温暖's is 篇3's (1), 劳模慰问's `report` its (2).
 */
export function reportSentence(template: Template, consolidated: ConsolidatedResult): RenderedSummary {
  const own = template.summaries.find((summary) => summary.id === REPORT_SUMMARY_ID);
  const parsed = own === undefined ? defaultSummary(template, consolidated.units.length) : parseSummaryTemplate(own.text, summaryDimensions(template));
  return renderParsedSummary(parsed, consolidated);
}
