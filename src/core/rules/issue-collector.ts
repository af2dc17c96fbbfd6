import type { Issue, IssueCode, Severity } from "../check/types";
import type { FieldKey } from "../fields";
import { maskNumberRuns, maskSensitive } from "../format/mask";
import type { MessageParams } from "../messages/render-message";
import { ownCopy } from "../rows/own-copy";
import type { RowView } from "../rows/row-view";
import { FoundIssue } from "./found-issue";

const NO_PARAMS: MessageParams = {};

/**
 * Params and shown values repeat across rows (the same 发放方式, minimum, 人员类别…): one copy
 * of each of the first few thousand serves every issue, so memory grows with what differs.
 */
const SHARED_MAX = 4096;

/** Turns a rule's finding into an Issue on the field's cell of the row. */
export class IssueCollector {
  private readonly found: Issue[] = [];
  private readonly sharedParams = new Map<string, MessageParams>();
  private readonly sharedTexts = new Map<string, string>();

  constructor(
    private readonly columns: Readonly<Partial<Record<FieldKey, number>>>,
    private readonly sensitive: ReadonlySet<FieldKey>,
  ) {}

  /** `severity`: a pack's rule's own, where it differs from the catalogue's. */
  add(row: RowView, code: IssueCode, field: FieldKey, params: MessageParams = NO_PARAMS, variant = "default", severity?: Severity): void {
    const col = this.columns[field];
    // A rule only reports on a column the header has; this guards the table bounds anyway.
    if (col === undefined) return;
    const text = row.text(field);
    const shownValue = this.sensitive.has(field) ? maskSensitive(text) : shared(this.sharedTexts, text, () => ownCopy(maskNumberRuns(text)));
    const shownParams = params === NO_PARAMS ? params : shared(this.sharedParams, paramsKey(code, params), () => maskParams(params));
    this.found.push(new FoundIssue(code, field, variant, row.rowNumber, col, shownParams, shownValue, severity));
  }

  /**
   * An issue about the sheet rather than a row's cell (a column the header lacks), at the cell given.
   * `shownValue`: what stands in the column, when that says more than the heading (0.1、0.15); never an ID, account or phone.
   */
  addAt(rowNumber: number, col: number, code: IssueCode, field: FieldKey, params: MessageParams, variant = "default", shownValue = ""): void {
    this.found.push(new FoundIssue(code, field, variant, rowNumber, col, maskParams(params), shownValue));
  }

  /** Every issue so far, in the order found. */
  issues(): readonly Issue[] {
    return this.found;
  }
}

/** The pooled value for `key`, made (and pooled while the pool has room) on a miss. Keys are sheet text: copied, like values. */
function shared<T>(pool: Map<string, T>, key: string, make: () => T): T {
  const known = pool.get(key);
  if (known !== undefined) return known;
  const value = make();
  if (pool.size < SHARED_MAX) pool.set(ownCopy(key), value);
  return value;
}

function paramsKey(code: IssueCode, params: MessageParams): string {
  let key: string = code;
  for (const name in params) key += `\u0000${name}\u0001${params[name]}`;
  return key;
}

/**
 * Params quote the sheet (户名, 发放方式…): an ID typed there is masked like one in its own column,
 * and the text is copied so the issue does not keep the reader's chunk alive.
 */
function maskParams(params: MessageParams): MessageParams {
  let masked: Record<string, string | number> | null = null;
  for (const name in params) {
    const value = params[name];
    if (typeof value !== "string") continue;
    const shown = ownCopy(maskNumberRuns(value));
    (masked ??= { ...params })[name] = shown;
  }
  return masked ?? params;
}
