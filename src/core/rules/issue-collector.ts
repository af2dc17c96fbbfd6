import type { Issue, IssueCode } from "../check/types";
import { SENSITIVE_FIELDS, type FieldKey } from "../fields";
import { maskNumberRuns, maskSensitive } from "../format/mask";
import type { MessageParams } from "../messages/render-message";
import type { RowView } from "../rows/row-view";
import { FoundIssue } from "./found-issue";

const NO_PARAMS: MessageParams = {};

/** Turns a rule's finding into an Issue on the field's cell of the row. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  constructor(private readonly columns: Readonly<Partial<Record<FieldKey, number>>>) {}

  add(row: RowView, code: IssueCode, field: FieldKey, params: MessageParams = NO_PARAMS, variant = "default"): void {
    const col = this.columns[field];
    // A rule only reports on a column the header has; this guards the table bounds anyway.
    if (col === undefined) return;
    const text = row.text(field);
    const shownValue = SENSITIVE_FIELDS.has(field) ? maskSensitive(text) : maskNumberRuns(text);
    this.issues.push(new FoundIssue(code, row.rowNumber, col, field, variant, maskParams(params), shownValue));
  }
}

/** Params quote the sheet (户名, 发放方式…): an ID typed there is masked like one in its own column. */
function maskParams(params: MessageParams): MessageParams {
  let masked: Record<string, string | number> | null = null;
  for (const name in params) {
    const value = params[name];
    if (typeof value !== "string") continue;
    const shown = maskNumberRuns(value);
    if (shown !== value) (masked ??= { ...params })[name] = shown;
  }
  return masked ?? params;
}
