/** The core's public API: what adapters and apps may import. Everything else is internal. */
export * from "./cell";
export * from "./address";
export * from "./fields";
export * from "./errors";
export * from "./check/types";
export * from "./template/schema";
export { SONGWENNUAN_TEMPLATE } from "./template/songwennuan";
export { parseTemplate, applyRuleOverrides } from "./template/load-template";
export { startCheck, type CheckOptions, type CheckSession } from "./check/check-session";
export { checkGrid, type GridInput } from "./check/check-grid";
export { findHeader } from "./check/find-header";
export type { HeaderMatch } from "./header/detect-header";
export { parseMergedRange, type MergedRange } from "./check/merged-ranges";
export { MESSAGES, type MessageEntry, type MessageText } from "./messages/catalogue";
export { fieldName } from "./messages/field-names";
export { fenToYuan, formatYuan } from "./format/fen";
export { formatWanYuan } from "./format/wan-yuan";
export { formatYiYuan } from "./format/yi-yuan";
export { toDaxie } from "./format/daxie";
export { maskNumberRuns, maskSensitive } from "./format/mask";
export { escapeControls } from "./format/control-chars";
export { isDateFormat, isoDate, serialToDate } from "./format/excel-date";
export { BUILTIN_SUMMARIES } from "./summary/builtin-summaries";
export { defaultSummary } from "./summary/consolidation-summary";
export { PLACEHOLDERS } from "./summary/placeholders";
export { renderSummary, type RenderedSummary, type SummaryFigures } from "./summary/render-summary";
export {
  Consolidation,
  type ConsolidatedResult,
  type LocatedIssue,
  type LocatedSkippedSheet,
  type SubmissionVerdict,
  type UnitTally,
} from "./consolidate/consolidation";
export type { CrossTab, CrossTabCell, CrossTabRow } from "./consolidate/cross-tab";
export { submissionUnit } from "./consolidate/filling-unit";
export { SKIP_REASONS_ZH } from "./consolidate/skip-reasons";
