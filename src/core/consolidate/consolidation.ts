import type { AmountUnitDoubt, AmountsUnread, CheckResult, GroupTally, Issue, RegionTally, RegisterReach, SheetLayout, SkippedSheet, Tally, UncheckedColumn } from "../check/types";
import { CrossTabBuilder, type CrossTab } from "./cross-tab";
import { submissionUnit } from "./filling-unit";
import { TallyMerge } from "./merge-tallies";
import { PersonIndex } from "./person-index";
import type { ArchiveRegister } from "../register/archive-register";
import { registerCoverage, type RegisterCoverage, type RegisterScope } from "../register/register-coverage";
import type { SkippedFile } from "./product-output";

/** An issue and the submission it is in. */
export interface LocatedIssue extends Issue {
  readonly file: string;
  readonly sheet: string;
}

/**
 * One submission's own verdict (各单位核对): its rows, its issues, its 合计 as written against its
 * rows, and where its check read them (the outputs copy its rows from there, never re-checking).
 */
export interface SubmissionVerdict extends SheetLayout {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly dataRows: number;
  readonly hiddenRowNumbers: readonly number[];
  readonly errors: number;
  readonly warnings: number;
  readonly total: Tally;
  /** Undefined when the sheet has no 合计 row (or its amount does not read as money). */
  readonly statedTotalFen?: number;
  /** null without a stated 合计. */
  readonly totalAgrees: boolean | null;
  /** Its header's columns the check did not read, numeric ones first. */
  readonly uncheckedColumns: readonly UncheckedColumn[];
  /** Its amounts look like 万元 though read as 元 (amount-unit-suspect). */
  readonly amountUnitDoubt?: AmountUnitDoubt;
}

export interface UnitTally extends Tally {
  readonly unit: string;
}

export interface LocatedSkippedSheet extends SkippedSheet {
  readonly file: string;
}

/** Everything checked, as one result: the tallies are over every submission, issues name theirs. */
export interface ConsolidatedResult {
  readonly submissions: readonly SubmissionVerdict[];
  readonly issues: readonly LocatedIssue[];
  readonly regions: readonly RegionTally[];
  readonly groups: readonly GroupTally[];
  readonly total: Tally;
  /** Every submission's unreadable amounts, each file named with its cells (one submission: its cells). */
  readonly amountsUnread: AmountsUnread;
  /** Per 填报单位, in order of first appearance. */
  readonly units: readonly UnitTally[];
  readonly crossTab: CrossTab;
  readonly skippedSheets: readonly LocatedSkippedSheet[];
  /** Files left out, and why: an unreadable one makes the result incomplete (product-output.ts). */
  readonly skippedFiles: readonly SkippedFile[];
  /** Checked against a 档案表: the 在档 families reached across every submission, and those not. */
  readonly coverage?: RegisterCoverage;
  /** The submissions whose amounts look like 万元 though read as 元: every total and summary says so. */
  readonly amountUnitDoubts: readonly LocatedAmountUnitDoubt[];
}

export interface LocatedAmountUnitDoubt extends AmountUnitDoubt {
  readonly file: string;
  readonly sheet: string;
}

/** The 档案表 the submissions were checked against, and which of its families count. */
export interface ConsolidationOptions {
  readonly register?: ArchiveRegister;
  readonly registerScope?: RegisterScope;
}

/**
 * Joins submissions one at a time, in the order given: each adds its verdict, its issues and its
 * tallies, and its people go into the ID/account index and are dropped, so memory holds the
 * index and the verdicts, never the rows of all files.
 */
/** A result checked without collecting people has nothing to index. */
const NO_PERSON_FIELDS = { id: null, account: null } as const;

export class Consolidation {
  private readonly people = new PersonIndex();
  private readonly submissions: SubmissionVerdict[] = [];
  /** Each submission's issues as found, located only when a report asks (one sheet's report never does). */
  private readonly issueParts: { readonly issues: readonly Issue[]; readonly file: string; readonly sheet: string }[] = [];
  private readonly regions = new TallyMerge();
  private readonly groups = new TallyMerge();
  private readonly crossTab = new CrossTabBuilder();
  private readonly skipped: LocatedSkippedSheet[] = [];
  private readonly skippedFiles: SkippedFile[] = [];
  private readonly reaches: (RegisterReach | null)[] = [];
  private readonly unread: { readonly file: string; readonly unread: AmountsUnread }[] = [];

  constructor(private readonly options: ConsolidationOptions = {}) {}

  /** A checked sheet; `unit` overrides the one the sheet names (a clerk's correction). */
  add(file: string, result: CheckResult, unit = submissionUnit(result.fillingUnit, file, result.sheet)): void {
    const place = { index: this.submissions.length, file, sheet: result.sheet, columns: result.columns, personFields: result.personFields ?? NO_PERSON_FIELDS };
    const across = this.people.add(place, result.people ?? []);
    const issues = across.length === 0 ? result.issues : [...result.issues, ...across];
    let errors = 0;
    for (const issue of issues) if (issue.severity === "error") errors++;
    this.submissions.push({
      file,
      sheet: result.sheet,
      unit,
      headerRow: result.headerRow,
      columns: result.columns,
      dataRowNumbers: result.dataRowNumbers,
      amountScale: result.amountScale,
      dataRows: result.dataRows,
      hiddenRowNumbers: result.hiddenRowNumbers,
      errors,
      warnings: issues.length - errors,
      total: result.total,
      ...(result.statedTotalFen === undefined ? {} : { statedTotalFen: result.statedTotalFen }),
      totalAgrees: result.statedTotalFen === undefined ? null : result.statedTotalFen === result.total.amountFen,
      uncheckedColumns: result.uncheckedColumns ?? [],
      ...(result.amountUnitDoubt === undefined ? {} : { amountUnitDoubt: result.amountUnitDoubt }),
    });
    this.issueParts.push({ issues, file, sheet: result.sheet });
    for (const region of result.regions) this.regions.add(region.region, region);
    for (const group of result.groups) this.groups.add(group.group, group);
    this.crossTab.add(unit, result.groups, result.total);
    this.reaches.push(result.registerReach ?? null);
    if (result.amountsUnread !== undefined && result.amountsUnread.households > 0) this.unread.push({ file, unread: result.amountsUnread });
  }

  /** Sheets of `file` left unchecked, and why: every report names them. */
  skip(file: string, sheets: readonly SkippedSheet[]): void {
    for (const sheet of sheets) this.skipped.push({ ...sheet, file });
  }

  /** A whole file left out: unreadable (the result is then incomplete) or one of the product's own outputs. */
  skipFile(skipped: SkippedFile): void {
    this.skippedFiles.push(skipped);
  }

  finish(): ConsolidatedResult {
    const crossTab = this.crossTab.build();
    const parts = this.issueParts;
    const { register, registerScope = "covered" } = this.options;
    let located: LocatedIssue[] | null = null;
    return {
      submissions: this.submissions,
      // A million issues of one sheet are never copied for a report that does not list them by file.
      get issues() {
        located ??= parts.flatMap(({ issues, file, sheet }) => issues.map((issue) => locatedIssue(issue, file, sheet)));
        return located;
      },
      regions: this.regions.entries().map(([region, tally]) => ({ region, ...tally })),
      groups: this.groups.entries().map(([group, tally]) => ({ group, ...tally })),
      total: crossTab.total.total,
      amountsUnread: mergeAmountsUnread(this.unread, this.submissions.length),
      units: crossTab.rows.map((row) => ({ unit: row.unit, ...row.total })),
      crossTab,
      skippedSheets: this.skipped,
      skippedFiles: this.skippedFiles,
      amountUnitDoubts: this.submissions.flatMap(({ file, sheet, amountUnitDoubt }) => (amountUnitDoubt === undefined ? [] : [{ ...amountUnitDoubt, file, sheet }])),
      ...(register === undefined ? {} : { coverage: registerCoverage(register, this.reaches, registerScope) }),
    };
  }
}

/** One county's unreadable amounts are never lost among others': each file is named before its cells. */
function mergeAmountsUnread(parts: readonly { readonly file: string; readonly unread: AmountsUnread }[], submissions: number): AmountsUnread {
  const households = parts.reduce((sum, part) => sum + part.unread.households, 0);
  if (submissions === 1 && parts.length === 1) return parts[0].unread;
  return { households, where: [], allNamed: true, byFile: parts };
}

/**
 * The issue with its file and sheet. Issues keep their texts behind getters (FoundIssue): a spread
 * would lose them, so the located issue reads through to the found one.
 */
function locatedIssue(issue: Issue, file: string, sheet: string): LocatedIssue {
  return Object.assign(Object.create(issue) as Issue, { file, sheet });
}
