import type { IssueCode, Severity } from "../check/types";
import type { FieldKey } from "../fields";
import { MESSAGES, type MessageText } from "../messages/catalogue";
import { renderMessage, type MessageParams } from "../messages/render-message";

/** What a finding is about, apart from where: shared by every issue of the same code, field and variant. */
export class IssueKind {
  private lastParams: MessageParams | null = null;
  private lastText: MessageText | null = null;

  constructor(
    readonly code: IssueCode,
    readonly field: FieldKey,
    /** Which of the code's catalogue texts applies (why an ID is wrong…). */
    readonly variant: string,
    /** The catalogue's, unless a pack's rule sets its own (an open list warns). */
    readonly severity: Severity = MESSAGES[code].severity,
  ) {}

  /**
   * The message for these params. Issues of a kind mostly share one params object (the same
   * minimum, the same 发放方式), so the last rendering is kept: a list of a million issues
   * renders each distinct text about once, not once per issue.
   */
  text(params: MessageParams): MessageText {
    if (params !== this.lastParams) {
      this.lastText = renderMessage(this.code, this.variant, params);
      this.lastParams = params;
    }
    return this.lastText!;
  }
}

/** Every kind met so far: a few dozen at most (codes × fields × variants), shared by all checks. */
const KINDS: IssueKind[] = [];

/** The kind's number in KINDS, found by a linear look: cheaper than building a key per issue. */
export function kindNumber(code: IssueCode, field: FieldKey, variant: string, severity: Severity = MESSAGES[code].severity): number {
  for (let number = 0; number < KINDS.length; number++) {
    const kind = KINDS[number];
    if (kind.code === code && kind.field === field && kind.variant === variant && kind.severity === severity) return number;
  }
  return KINDS.push(new IssueKind(code, field, variant, severity)) - 1;
}

export function kindOf(number: number): IssueKind {
  return KINDS[number];
}

/** A kind as it crosses to another thread, whose kinds are numbered in another order. */
export type KindKey = readonly [code: IssueCode, field: FieldKey, variant: string, severity: Severity];

/** This thread's kinds by number: sent with issues that cross to another thread (FoundIssue.revive). */
export function kindKeys(): KindKey[] {
  return KINDS.map((kind) => [kind.code, kind.field, kind.variant, kind.severity]);
}
