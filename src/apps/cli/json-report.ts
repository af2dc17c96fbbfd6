import type { CheckResult, Issue } from "../../core/check/types";
import { fenToYuan } from "../../core/format/fen";

/** Issues per chunk: large enough to write quickly, small enough that no chunk nears V8's string limit. */
const ISSUES_PER_CHUNK = 2000;

/** Distinct message texts kept quoted; a sheet's issues use a few dozen, unusual ones a few more. */
const QUOTED_KEPT = 256;

/** C1 controls and DEL, which JSON.stringify leaves raw: written as \u escapes, the same JSON value. */
const RAW_CONTROL = /[\u007f-\u009f]/g;

/**
 * The --json object (issue 2, item 8): `groups` are the regions, `byGroup` the 人员类别 tallies.
 * Yielded in pieces, so a million-row sheet full of issues never becomes one string in memory;
 * joined, the pieces are `JSON.stringify` of the object (C1 controls aside, escaped: the same value).
 */
export function* jsonReportChunks(result: CheckResult, summary: string): Generator<string> {
  const head = JSON.stringify({ sheet: result.sheet, headerRow: result.headerRow, dataRows: result.dataRows });
  yield safe(head.slice(0, -1) + ',"issues":[');
  const { issues } = result;
  const quote = quotedOnce();
  for (let start = 0; start < issues.length; start += ISSUES_PER_CHUNK) {
    const end = Math.min(start + ISSUES_PER_CHUNK, issues.length);
    const parts: string[] = [];
    for (let i = start; i < end; i++) parts.push(jsonIssue(issues[i], quote));
    yield safe((start === 0 ? "" : ",") + parts.join(","));
  }
  yield safe("]," + JSON.stringify(jsonTail(result, summary)).slice(1) + "\n");
}

/**
 * `JSON.stringify({ cell, row, field, code, severity, message })`, written out: millions of issues
 * share a few message texts, so each text is quoted once, not once per issue.
 */
function jsonIssue(issue: Issue, quote: (text: string) => string): string {
  return (
    `{"cell":${JSON.stringify(issue.cell)},"row":${JSON.stringify(issue.row)},"field":${JSON.stringify(issue.field)},` +
    `"code":${JSON.stringify(issue.code)},"severity":${JSON.stringify(issue.severity)},"message":${quote(issue.message)}}`
  );
}

/** JSON.stringify of a string, kept for the next issue with the same text (up to QUOTED_KEPT texts). */
function quotedOnce(): (text: string) => string {
  const last = new Map<string, string>();
  return (text) => {
    let quoted = last.get(text);
    if (quoted === undefined) {
      if (last.size >= QUOTED_KEPT) last.clear();
      quoted = JSON.stringify(text);
      last.set(text, quoted);
    }
    return quoted;
  };
}

function jsonTail(result: CheckResult, summary: string) {
  return {
    groups: result.regions.map((region) => ({
      region: region.region,
      households: region.households,
      modelWorkers: region.modelWorkers,
      amountYuan: fenToYuan(region.amountFen),
    })),
    byGroup: result.groups.map((group) => ({
      group: group.group,
      households: group.households,
      amountYuan: fenToYuan(group.amountFen),
    })),
    total: {
      households: result.total.households,
      modelWorkers: result.total.modelWorkers,
      amountYuan: fenToYuan(result.total.amountFen),
    },
    summary,
    /** Hidden sheets not checked: [{sheet, reason: "hidden" | "veryHidden"}]. */
    skippedSheets: result.skippedSheets ?? [],
  };
}

function safe(json: string): string {
  return json.replace(RAW_CONTROL, (char) => "\\u00" + char.charCodeAt(0).toString(16));
}
