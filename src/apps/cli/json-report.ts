import { columnLetters } from "../../core/address";
import type { CheckResult, Issue, UncheckedColumn } from "../../core/check/types";
import { fenToYuan } from "../../core/format/fen";
import { amountsUnreadNote } from "../../core/summary/amounts-unread-note";

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
export function* jsonReportChunks(result: CheckResult, summary: string, extra: object = {}): Generator<string> {
  yield* jsonObjectChunks({ sheet: result.sheet, headerRow: result.headerRow, dataRows: result.dataRows }, result.issues, () => "", {
    ...jsonTail(result, summary),
    uncheckedColumns: uncheckedColumnsJson(result.uncheckedColumns ?? []),
    ...extra,
  });
}

/** Each column the check did not read: its heading, column letter, why, and whether it holds numbers. */
export function uncheckedColumnsJson(columns: readonly UncheckedColumn[]) {
  return columns.map((column) => ({ column: columnLetters(column.column), heading: column.heading, reason: column.reason, numeric: column.numeric }));
}

/**
 * `head`, then "issues" (each led by `placeOf(issue)`: `"file":…,"sheet":…,` in a consolidation),
 * then `tail`'s keys, as one JSON object in pieces (a few thousand issues each).
 */
export function* jsonObjectChunks<T extends Issue>(head: object, issues: readonly T[], placeOf: (issue: T) => string, tail: object): Generator<string> {
  yield safe(JSON.stringify(head).slice(0, -1) + ',"issues":[');
  const quote = quotedOnce();
  for (let start = 0; start < issues.length; start += ISSUES_PER_CHUNK) {
    const end = Math.min(start + ISSUES_PER_CHUNK, issues.length);
    const parts: string[] = [];
    for (let i = start; i < end; i++) parts.push(`{${placeOf(issues[i])}${jsonIssue(issues[i], quote)}}`);
    yield safe((start === 0 ? "" : ",") + parts.join(","));
  }
  yield safe("]," + JSON.stringify(tail).slice(1) + "\n");
}

/**
 * The fields of `JSON.stringify({ cell, row, field, code, severity, message })`, written out:
 * millions of issues share a few message texts, so each text is quoted once, not once per issue.
 */
function jsonIssue(issue: Issue, quote: (text: string) => string): string {
  return (
    `"cell":${JSON.stringify(issue.cell)},"row":${JSON.stringify(issue.row)},"field":${JSON.stringify(issue.field)},` +
    `"code":${JSON.stringify(issue.code)},"severity":${JSON.stringify(issue.severity)},"message":${quote(issue.message)}`
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

/** What follows the issues: the tallies, the summary and the sheets not checked. */
export function jsonTail(result: Pick<CheckResult, "regions" | "groups" | "total" | "skippedSheets" | "amountsUnread">, summary: string) {
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
    /** What the amounts (the sentence's and the totals') leave out: {zh, en}, or null when nothing. */
    summaryCaveat: amountsUnreadNote(result.amountsUnread),
    /** Hidden sheets not checked: [{sheet, reason: "hidden" | "veryHidden"}]. */
    skippedSheets: result.skippedSheets ?? [],
  };
}

function safe(json: string): string {
  return json.replace(RAW_CONTROL, (char) => "\\u00" + char.charCodeAt(0).toString(16));
}
