import { cellAddress } from "../address";
import type { Issue, IssueCode, Severity } from "../check/types";
import type { FieldKey } from "../fields";
import type { MessageParams } from "../messages/render-message";
import { kindNumber, kindOf, type IssueKind, type KindKey } from "./issue-kind";

/** Columns are 1 to 16,384 (XFD); kind and column share one small integer. */
const COLUMN_SPAN = 32768;

/**
 * An Issue as a check stores it. A sheet where every row fails holds millions of these, so each
 * keeps four slots: its row, one number for its kind and column, and its masked (often shared)
 * params and shown value. The texts and the A1 address are rendered when read.
 */
export class FoundIssue implements Issue {
  /** Not readonly only so that revive can renumber the kind of an issue that crossed a thread. */
  private kindAndColumn: number;

  constructor(
    code: IssueCode,
    field: FieldKey,
    variant: string,
    readonly row: number,
    col: number,
    readonly params: MessageParams,
    readonly shownValue: string,
    severity?: Severity,
  ) {
    if (!(col >= 1 && col < COLUMN_SPAN)) throw new RangeError(`column ${col} is outside the sheet`);
    this.kindAndColumn = kindNumber(code, field, variant, severity) * COLUMN_SPAN + col;
  }

  private get kind(): IssueKind {
    return kindOf(Math.floor(this.kindAndColumn / COLUMN_SPAN));
  }

  /**
   * An issue after a structured clone (a worker thread's check): a FoundIssue arrives as its own
   * fields only — four slots, not its rendered texts — and gets its getters back here, its kind
   * renumbered from the sender's `kinds`. Any other issue crossed as the plain Issue it is.
   */
  static revive(cloned: Issue, kinds: readonly KindKey[]): Issue {
    if ("code" in cloned) return cloned;
    const issue = Object.setPrototypeOf(cloned, FoundIssue.prototype) as FoundIssue;
    // The severity crosses too: a pack's rule may set its own (an open list, records per person that only warn).
    const [code, field, variant, severity] = kinds[Math.floor(issue.kindAndColumn / COLUMN_SPAN)];
    issue.kindAndColumn = kindNumber(code, field, variant, severity) * COLUMN_SPAN + (issue.kindAndColumn % COLUMN_SPAN);
    return issue;
  }

  get code(): IssueCode {
    return this.kind.code;
  }

  get field(): FieldKey {
    return this.kind.field;
  }

  get col(): number {
    return this.kindAndColumn % COLUMN_SPAN;
  }

  get severity(): Severity {
    return this.kind.severity;
  }

  get cell(): string {
    return cellAddress(this.row, this.col);
  }

  get message(): string {
    return this.kind.text(this.params).zh;
  }

  get messageEn(): string {
    return this.kind.text(this.params).en;
  }
}
