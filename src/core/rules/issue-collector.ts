import { cellAddress } from "../address";
import type { Issue, IssueCode } from "../check/types";
import { SENSITIVE_FIELDS, type FieldKey } from "../fields";
import { maskNumberRuns, maskSensitive } from "../format/mask";
import { MESSAGES } from "../messages/catalogue";
import { renderMessage, type MessageParams } from "../messages/render-message";
import type { RowView } from "../rows/row-view";

const NO_PARAMS: MessageParams = {};

/** Turns a rule's finding into an Issue on the field's cell of the row. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  constructor(private readonly columns: Readonly<Partial<Record<FieldKey, number>>>) {}

  add(row: RowView, code: IssueCode, field: FieldKey, params: MessageParams = NO_PARAMS, variant = "default"): void {
    const col = this.columns[field];
    // A rule only reports on a column the header has; this guards the table bounds anyway.
    if (col === undefined) return;
    // Params quote the sheet (户名, 发放方式…): an ID typed there is masked like one in its own column.
    const shownParams = maskParams(params);
    const message = renderMessage(code, variant, shownParams);
    const text = row.text(field);
    this.issues.push({
      code,
      severity: MESSAGES[code].severity,
      row: row.rowNumber,
      col,
      cell: cellAddress(row.rowNumber, col),
      field,
      message: message.zh,
      messageEn: message.en,
      params: shownParams,
      shownValue: SENSITIVE_FIELDS.has(field) ? maskSensitive(text) : maskNumberRuns(text),
    });
  }
}

function maskParams(params: MessageParams): MessageParams {
  let masked: Record<string, string | number> | null = null;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string") continue;
    const shown = maskNumberRuns(value);
    if (shown !== value) (masked ??= { ...params })[name] = shown;
  }
  return masked ?? params;
}
