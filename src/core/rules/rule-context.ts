import type { FieldKey } from "../fields";
import type { AmountScale } from "../rows/parse-amount";
import type { RowView } from "../rows/row-view";
import type { ArchiveNoMatcher } from "../template/archive-no-matcher";
import type { CompiledTemplate } from "../template/compile-template";
import type { RegisterRow } from "../register/register-row";
import type { IssueCollector } from "./issue-collector";

/** What every rule may read besides the row; one per check session. */
export interface RuleContext {
  readonly compiled: CompiledTemplate;
  readonly columns: Readonly<Partial<Record<FieldKey, number>>>;
  readonly amountScale: AmountScale;
  /** The source keeps no cell types (a CSV): every value arrives as text. */
  readonly textOnly: boolean;
  /** The template's archive-number pattern on RE2, anchored to the whole number; null when unset. */
  readonly archiveNoMatcher: ArchiveNoMatcher | null;
  readonly issues: IssueCollector;
  /** Today as a dateKey: birth dates after it are wrong. */
  readonly todayKey: number;
  /** What the 档案表 says of the current row, when the check was given one (CheckOptions.register). */
  readonly register: RegisterRow | null;
}

/** A check built from one of a pack's rules (or field types): may remember earlier rows. */
export interface RowCheck {
  check(row: RowView, context: RuleContext): void;
}

/** A check of one data row that needs no memory of other rows. */
export type RowRule = (row: RowView, context: RuleContext) => void;
