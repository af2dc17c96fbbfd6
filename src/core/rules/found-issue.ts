import { cellAddress } from "../address";
import type { Issue, IssueCode, Severity } from "../check/types";
import type { FieldKey } from "../fields";
import { MESSAGES } from "../messages/catalogue";
import { renderMessage, type MessageParams } from "../messages/render-message";

/**
 * An Issue as a check stores it: what was found (code, cell, variant, masked params and value),
 * nothing derived. A sheet where every row fails holds millions of these, so the message texts
 * and the A1 address are rendered when read (prototype getters), never stored per issue.
 */
export class FoundIssue implements Issue {
  constructor(
    readonly code: IssueCode,
    readonly row: number,
    readonly col: number,
    readonly field: FieldKey,
    /** Which of the code's catalogue texts applies (why an ID is wrong…). */
    readonly variant: string,
    readonly params: MessageParams,
    readonly shownValue: string,
  ) {}

  get severity(): Severity {
    return MESSAGES[this.code].severity;
  }

  get cell(): string {
    return cellAddress(this.row, this.col);
  }

  get message(): string {
    return renderMessage(this.code, this.variant, this.params).zh;
  }

  get messageEn(): string {
    return renderMessage(this.code, this.variant, this.params).en;
  }
}
