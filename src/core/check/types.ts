import type { FieldKey } from "../fields";

export type Severity = "error" | "warning";

/** 1 for a header in 元, 10000 for one in 万元 (rows/parse-amount.ts reads amounts with it). */
export type AmountScale = 1 | 10000;

/**
 * Stable kebab-case codes. Errors are exactly the ones the 送温暖 notice makes binding;
 * everything else is a warning the clerk may accept.
 */
export type ErrorCode =
  | "required-missing"
  | "amount-invalid"
  | "archive-missing"
  | "amount-below-minimum"
  | "id-invalid"
  | "duplicate-person"
  | "archive-shared"
  | "bank-account-missing"
  | "account-holder-mismatch"
  | "total-mismatch"
  | "value-not-in-list"
  | "amount-above-maximum"
  | "duplicate-value"
  | "value-mismatch"
  | "integer-invalid"
  | "column-missing"
  | "archive-not-registered"
  | "archive-person-mismatch"
  | "archive-level-mismatch"
  | "number-invalid"
  | "expression-mismatch"
  | "row-subtotal-mismatch"
  | "date-order"
  | "date-out-of-period"
  | "too-many-records";

export type WarningCode =
  | "amount-implausible"
  | "amount-text"
  | "id-legacy"
  | "account-checksum"
  | "account-invalid"
  | "account-shared"
  | "pay-method-not-bank"
  | "phone-invalid"
  | "archive-no-format"
  | "pattern-mismatch"
  | "date-invalid"
  | "amount-unit-suspect"
  | "archive-closed"
  | "archive-number-omitted";

export type IssueCode = ErrorCode | WarningCode;

/**
 * One finding. The core's issues (rules/found-issue.ts) keep only what was found and render
 * `cell`, `message` and `messageEn` when read, so a sheet of a million failing rows fits in memory.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Sheet row number, 1-based, as Excel shows it. */
  readonly row: number;
  /** Sheet column number, 1-based. */
  readonly col: number;
  /** A1 address of the offending cell, e.g. "H12". */
  readonly cell: string;
  readonly field: FieldKey | null;
  /** What to do, in Chinese. Never contains an ID, account or phone number. */
  readonly message: string;
  readonly messageEn: string;
  /** The values filled into the message template (row numbers, minimums, sums…). */
  readonly params: Readonly<Record<string, string | number>>;
  /** The cell's content as it may be shown on screen: masked for ID, account and phone. */
  readonly shownValue: string;
}

export interface Tally {
  readonly households: number;
  readonly modelWorkers: number;
  readonly amountFen: number;
}

/**
 * Data rows whose amount could not be read, which every total and sentence leaves out (a row still
 * counts as a household: the tallies count every data row, so no household is ever left out of a count).
 */
export interface AmountsUnread {
  readonly households: number;
  /** Where they are: one sheet's cells (E5, E9), the first few. */
  readonly where: readonly string[];
  /** False when there were more cells than `where` names. */
  readonly allNamed: boolean;
  /** A summed money column the header lacks (慰问金额): every row's amount is unread, said by the column rather than by cells. */
  readonly columnsMissing?: readonly { readonly field: string; readonly fieldEn: string }[];
  /** A consolidation of several submissions: each file with unreadable amounts and its own (`where` is then empty). */
  readonly byFile?: readonly { readonly file: string; readonly unread: AmountsUnread }[];
}

export interface RegionTally extends Tally {
  readonly region: string;
}

export interface GroupTally extends Tally {
  readonly group: string;
}

/**
 * Why a header column was not read: a heading the form does not know, one the clerk set to 不校验,
 * or a second column of a field the check reads from its first.
 */
export type UncheckedReason = "unknown" | "not-checked" | "repeated";

/** A column present in the sheet that the check did not read. */
export interface UncheckedColumn {
  /** Sheet column, 1-based. */
  readonly column: number;
  readonly heading: string;
  readonly reason: UncheckedReason;
  /** Numbers in its data rows (of those read to find the header): money or counts nobody checked. */
  readonly numeric: boolean;
}

export interface CheckResult {
  readonly sheet: string;
  /** Sheet row of the (last) header row. */
  readonly headerRow: number;
  /** Every header row (two for a two-row header). */
  readonly headerRows: readonly number[];
  /** Sheet column (1-based) of each recognised field. */
  readonly columns: Readonly<Partial<Record<FieldKey, number>>>;
  /** Sheet row numbers of the data rows, in order: each gets a verdict (its issues, or none). */
  readonly dataRowNumbers: readonly number[];
  /** The unit the check read the money columns in (10000 under 万元, by header or a 单位：万元 line): outputs convert with it. */
  readonly amountScale: AmountScale;
  readonly dataRows: number;
  /** Sheet rows labelled 小计/合计/总计/共计. */
  readonly totalRowNumbers: readonly number[];
  /** Hidden or filtered-out data rows: checked like the others, and reported. */
  readonly hiddenRowNumbers: readonly number[];
  /** Sheet row of the last row inside the table (data or total). */
  readonly lastRow: number;
  readonly issues: readonly Issue[];
  /** Per region, in order of first appearance. Rows whose amount cannot be parsed count 0 fen. */
  readonly regions: readonly RegionTally[];
  /** Per 人员类别, in order of first appearance (empty category as "未填类别"). */
  readonly groups: readonly GroupTally[];
  readonly total: Tally;
  /** Rows whose amount was unreadable and counts 0 fen: every output showing the amounts says so. */
  readonly amountsUnread?: AmountsUnread;
  /** Header columns the check did not read, numeric ones first (check/unchecked-columns.ts): every output names them. */
  readonly uncheckedColumns?: readonly UncheckedColumn[];
  /** Sheets a file host left unchecked, and why: reports must name them (never a silent all-clear). */
  readonly skippedSheets?: readonly SkippedSheet[];
  /** The 填报单位 named on a line above the header (填报单位：…), when there is one. */
  readonly fillingUnit?: string;
  /** The amount of the last 合计/总计 row as written, when the sheet has one and it reads as money. */
  readonly statedTotalFen?: number;
  /** No unit written, yet the amounts look like 万元 (amount-unit-suspect): the verdict, total and summary say so. */
  readonly amountUnitDoubt?: AmountUnitDoubt;
  /** Each data row's keys, when the check was asked to collect them (CheckOptions.collectPeople). */
  readonly people?: readonly PersonEntry[];
  /** Checked against a 档案表 (CheckOptions.register): the families the rows pay, and the 地区/单位 they cover. */
  readonly registerReach?: RegisterReach;
  /** With `people`: the fields their ID and account keys came from, for the issues raised across submissions. */
  readonly personFields?: PersonFields;
}

/** Amounts read as 元 that look like 万元 (rules/amount-unit-suspect.ts). */
export interface AmountUnitDoubt {
  /** Column letters of the amount column. */
  readonly column: string;
  /** The first few small amounts as written (0.1, 0.15). */
  readonly examples: readonly string[];
  /** How many positive amounts are under 10 元, of how many. */
  readonly small: number;
  readonly positive: number;
  /** The total as read (元), and as it would be were the amounts 万元. */
  readonly sumYuan: string;
  readonly asWanYuan: string;
}

/**
 * Where the check read a sheet's table, and in which unit: what the 汇总名册 and the 公示名单 copy
 * from, so an output never reads a submission differently from its check.
 */
export type SheetLayout = Pick<CheckResult, "headerRow" | "columns" | "dataRowNumbers" | "amountScale">;

export interface PersonFields {
  readonly id: FieldKey | null;
  readonly account: FieldKey | null;
  /**
   * How many rows one person may have on this form, counted across submissions too: absent, one
   * (a second is a duplicate-person error, the 送温暖 way); a records-per-person rule's own limit;
   * null when the pack checks no duplicates at all.
   */
  readonly perPerson?: PerPersonLimit | null;
}

export interface PerPersonLimit {
  readonly max: number;
  /** How messages name the ID the person is counted by. */
  readonly field: string;
  readonly fieldEn: string;
  readonly severity?: Severity;
}

/**
 * A sheet hidden in Excel (veryHidden: only VBA can show it again) is not taken for the roster unless
 * named; a results sheet this product wrote, or one without a roster header (汇总、封面、说明), is not a roster.
 */
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: "hidden" | "veryHidden" | "results" | "no-header";
}

/**
 * What the checks across submissions keep of a data row: its keys, never its cells, so a
 * consolidation holds an index of IDs and accounts rather than every row of every file.
 * Built by consolidate/person-entry.ts; declared here, on the core's floor, because a CheckResult carries it.
 */
export interface PersonEntry {
  readonly row: number;
  /** The ID as duplicates are compared ("" without one): as text, 15 digits upgraded to 18. */
  readonly idKey: string;
  /** "" without an account or a name: an account is shared only between two named people. */
  readonly accountKey: string;
  readonly name: string;
}

/** What a checked sheet tells the coverage (register-coverage.ts): the families its rows pay, and where it covers. */
export interface RegisterReach {
  /** Register entries a row with an amount pays, each once, in order of first payment. */
  readonly reached: readonly number[];
  /** The 地区 and 单位 texts of its rows: the families of these count for 已慰问/未慰问 when the clerk limits the register to them. */
  readonly regions: readonly string[];
  readonly units: readonly string[];
}
