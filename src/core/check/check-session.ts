import type { CellValue } from "../cell";
import { fillingUnitOf } from "../consolidate/filling-unit";
import { personEntry, type PersonEntry } from "../consolidate/person-entry";
import type { FieldKey } from "../fields";
import { isColumnNumberRow } from "../header/column-number-row";
import { detectHeader, type HeaderMatch } from "../header/detect-header";
import { headerLayout } from "../header/header-layout";
import { isRepeatedHeader } from "../header/repeated-header";
import { dateKey } from "../id/id-number";
import { findTotalLabel, isFooterRow } from "../rows/classify-row";
import { cellText } from "../rows/cell-text";
import { RowReader } from "../rows/read-row";
import { RowView } from "../rows/row-view";
import type { SheetRow } from "../rows/sheet-row";
import { checkAmountInvalid } from "../rules/amount-invalid";
import { AmountUnitTally } from "../rules/amount-unit-suspect";
import { AccountSharedCheck } from "../rules/account-shared";
import { ArchiveSharedCheck } from "../rules/archive-shared";
import { DuplicatePersonCheck } from "../rules/duplicate-person";
import { IdKeys } from "../rules/id-keys";
import { IssueCollector } from "../rules/issue-collector";
import { ROW_RULES } from "../rules/row-rules";
import { packRowChecks } from "../rules/pack-rules";
import type { RowCheck, RuleContext } from "../rules/rule-context";
import { rowSubtotalChecks, type RowSubtotalCheck } from "../rules/row-subtotal";
import { TotalMismatchCheck } from "../rules/total-mismatch";
import type { ArchiveRegister } from "../register/archive-register";
import { RegisterChecks } from "../register/register-checks";
import { RegisterRow } from "../register/register-row";
import { isFlagged } from "../subtotals/flag";
import { AmountsUnreadBook } from "../subtotals/amounts-unread-book";
import { TallyBook } from "../subtotals/tally-book";
import { compileArchiveNoPattern } from "../template/archive-no-matcher";
import { compileTemplate, type CompiledTemplate } from "../template/compile-template";
import type { Template } from "../template/schema";
import { headerNotFound } from "./header-not-found";
import { uncheckedColumns } from "./unchecked-columns";
import { reportMissingColumns } from "./missing-columns";
import { HEADER_WINDOW } from "./header-window";
import { mergesByColumn, type MergedRange } from "./merged-ranges";
import type { CheckResult, PersonFields, UncheckedColumn } from "./types";
import { NO_COLUMN_MAP, type ColumnMap } from "./column-map";

export interface CheckOptions {
  readonly sheet: string;
  /** Birth dates after this are wrong; defaults to the clock. Pass it for deterministic results. */
  readonly today?: Date;
  /** The sheet's merged areas: the rows under a merge read its top-left value in its first column. */
  readonly merges?: readonly MergedRange[];
  /** The source keeps no cell types (a CSV): a text amount there is no sign of Excel's SUM missing it. */
  readonly textOnly?: boolean;
  /** The clerk's 列对应: which field each header text holds, or null for 不校验. */
  readonly columnMap?: ColumnMap;
  /** Keep each data row's ID and account keys in the result, for checks across submissions. */
  readonly collectPeople?: boolean;
  /**
   * The county's 档案表: archive numbers are checked against it (archive-not-registered…), the
   * registered level decides the minimum, and the result says which families its rows pay.
   */
  readonly register?: ArchiveRegister;
  /** About how many rows will be pushed, when known (a grid in memory): the person indexes are sized once for them. */
  readonly expectedRows?: number;
}

export interface CheckSession {
  /** Each sheet row in order; rows not pushed are blank. `cells[0]` is column `firstColumn`. */
  pushRow(rowNumber: number, cells: readonly (CellValue | undefined)[], firstColumn?: number, hidden?: boolean): void;
  /** True once the header is known: after the first 30 rows have been pushed, or at finish. */
  headerFound(): boolean;
  /** Throws ReportError("header-not-found") when the first 30 rows held no header. */
  finish(): CheckResult;
}

export function startCheck(template: Template, options: CheckOptions): CheckSession {
  return new StreamingCheck(compileTemplate(template), options);
}

type Phase = "seeking" | "table" | "after-footer" | "no-header";

/** A row of the table phase, refilled in place: the hot loop allocates nothing per row. */
interface CurrentRow {
  rowNumber: number;
  cells: readonly (CellValue | undefined)[];
  firstColumn: number;
  hidden: boolean;
}

class StreamingCheck implements CheckSession {
  private phase: Phase = "seeking";
  private firstRow = 0;
  private lastPushed = 0;
  /** Only the rows of the header window, until the header is known. */
  private window: SheetRow[] = [];
  private header: HeaderMatch | null = null;
  /** The window's rows when no header was among them, for the message that says what was there. */
  private unrecognised: readonly SheetRow[] = [];
  private table: TableCheck | null = null;
  private fillingUnit = "";
  private unchecked: readonly UncheckedColumn[] = [];
  private readonly todayKey: number;

  constructor(
    private readonly compiled: CompiledTemplate,
    private readonly options: CheckOptions,
  ) {
    this.todayKey = dateKey(options.today ?? new Date());
  }

  pushRow(rowNumber: number, cells: readonly (CellValue | undefined)[], firstColumn = 1, hidden = false): void {
    if (!(rowNumber > this.lastPushed)) {
      throw new RangeError(`rows must be pushed in increasing order: ${rowNumber} after ${this.lastPushed}`);
    }
    this.lastPushed = rowNumber;
    if (this.phase === "seeking") {
      if (this.firstRow === 0) this.firstRow = rowNumber;
      if (rowNumber < this.firstRow + HEADER_WINDOW) {
        // Adapters may reuse their row arrays: keep a copy while the header is unknown.
        this.window.push({ rowNumber, cells: cells.slice(), firstColumn, hidden });
        if (rowNumber === this.firstRow + HEADER_WINDOW - 1) this.decideHeader();
        return;
      }
      this.decideHeader();
    }
    if (this.table !== null) this.table.push(rowNumber, cells, firstColumn, hidden);
  }

  headerFound(): boolean {
    return this.header !== null;
  }

  finish(): CheckResult {
    if (this.phase === "seeking") this.decideHeader();
    if (this.header === null || this.table === null) throw headerNotFound(this.compiled, this.options.sheet, this.unrecognised);
    const result = { ...this.table.result(this.options.sheet, this.header), uncheckedColumns: this.unchecked };
    return this.fillingUnit === "" ? result : { ...result, fillingUnit: this.fillingUnit };
  }

  private decideHeader(): void {
    const rows = this.window;
    this.window = [];
    this.header = detectHeader(this.compiled, rows, this.options.columnMap);
    if (this.header === null) {
      this.phase = "no-header";
      this.unrecognised = rows;
      return;
    }
    this.phase = "table";
    this.fillingUnit = fillingUnitOf(rows.filter((row) => row.rowNumber < this.header!.headerRows[0]));
    // Judged on the header window's rows, as the pane's note is: an unread column is named however few rows it fills.
    const columnMap = this.options.columnMap ?? NO_COLUMN_MAP;
    const layout = headerLayout(this.compiled, rows, columnMap);
    const read = new Set(Object.values(this.header.columns));
    this.unchecked = layout === null ? [] : uncheckedColumns(this.compiled, layout, rows, columnMap).filter((column) => !read.has(column.column));
    this.table = new TableCheck(this.compiled, this.header, this.todayKey, this.options);
    this.table.reportMissingColumns(rows);
    const lastHeaderRow = this.header.headerRows[this.header.headerRows.length - 1];
    for (const row of rows) {
      if (row.rowNumber > lastHeaderRow) this.table.push(row.rowNumber, row.cells, row.firstColumn, row.hidden);
    }
  }
}

/** Everything below the header: classifies each row and runs the rules on data rows. */
class TableCheck {
  private readonly reader: RowReader;
  private readonly view: RowView;
  private readonly current: CurrentRow = { rowNumber: 0, cells: [], firstColumn: 1, hidden: false };
  private readonly context: RuleContext;
  private readonly mappedFields: readonly FieldKey[];
  private readonly columnMap: ColumnMap;
  private readonly notLabels: readonly number[];
  /** The pack's rules run from data, and the checks its field types imply. */
  private readonly packChecks: readonly RowCheck[];
  /** Each row's person, read only when a check compares people. */
  private readonly ids: IdKeys | null;
  private readonly duplicates = new DuplicatePersonCheck();
  private readonly sharedArchives: ArchiveSharedCheck;
  private readonly sharedAccounts: AccountSharedCheck;
  private readonly totals = new TotalMismatchCheck();
  private readonly amountUnit = new AmountUnitTally();
  /** A 小计 column per row (劳模慰问), checked on data rows and on the 合计 rows. */
  private readonly subtotals: readonly RowSubtotalCheck[];
  private readonly tallies = new TallyBook();
  private readonly amountsUnread: AmountsUnreadBook;
  private readonly dataRowNumbers: number[] = [];
  private readonly totalRowNumbers: number[] = [];
  private readonly hiddenRowNumbers: number[] = [];
  private readonly people: PersonEntry[] | null;
  /** Only with a register, and for a form whose rows carry an archive number. */
  private readonly registerChecks: RegisterChecks | null;
  /** The amount of the last 合计 row as written, when it could be read. */
  private statedTotalFen: number | undefined;
  private lastRow = 0;
  private ended = false;
  /** A column-number row may follow the header (and a repeated header). */
  private columnNumbersMayFollow = true;

  constructor(
    private readonly compiled: CompiledTemplate,
    private readonly header: HeaderMatch,
    todayKey: number,
    { merges = [], textOnly = false, columnMap = NO_COLUMN_MAP, collectPeople = false, register, expectedRows = 0 }: CheckOptions,
  ) {
    this.people = collectPeople ? [] : null;
    const { builtins } = compiled;
    this.ids = builtins.duplicatePerson || builtins.archiveShared ? new IdKeys(expectedRows) : null;
    this.sharedArchives = new ArchiveSharedCheck(builtins.archiveShared ? expectedRows : 0);
    this.sharedAccounts = new AccountSharedCheck(builtins.accountShared ? expectedRows : 0);
    const { columns, amountScale } = header;
    this.view = new RowView(compiled);
    this.reader = new RowReader(compiled, columns, amountScale, todayKey, mergesByColumn(merges));
    this.amountsUnread = new AmountsUnreadBook(compiled, columns);
    const archiveNoMatcher = compiled.archiveNoPattern === null ? null : compileArchiveNoPattern(compiled.archiveNoPattern);
    const registerRow = register === undefined || compiled.roles.archiveNo === null ? null : new RegisterRow(register, compiled);
    this.registerChecks = registerRow === null ? null : new RegisterChecks(registerRow, compiled, columns);
    this.context = { compiled, columns, amountScale, textOnly, archiveNoMatcher, issues: new IssueCollector(columns, compiled.sensitive), todayKey, register: registerRow };
    this.columnMap = columnMap;
    this.packChecks = packRowChecks(compiled);
    this.subtotals = rowSubtotalChecks(compiled, columns);
    this.mappedFields = (Object.keys(columns) as FieldKey[]).filter((key) => columns[key] !== undefined);
    this.notLabels = compiled.notTotalLabels.map((key) => columns[key]).filter((column): column is number => column !== undefined);
    this.lastRow = header.headerRows[header.headerRows.length - 1];
  }

  /** The columns every row needs that the header lacks: one error each, before the rows' issues. */
  reportMissingColumns(rows: readonly SheetRow[]): void {
    reportMissingColumns(this.compiled, this.header, rows, this.columnMap, this.context.issues);
  }

  push(rowNumber: number, cells: readonly (CellValue | undefined)[], firstColumn: number, hidden: boolean): void {
    if (this.ended) return;
    const row = this.current;
    row.rowNumber = rowNumber;
    row.cells = cells;
    row.firstColumn = firstColumn;
    row.hidden = hidden;
    if (this.columnNumbersMayFollow && row.cells.some((cell) => cellText(cell) !== "")) {
      this.columnNumbersMayFollow = false;
      if (isColumnNumberRow(row)) return;
    }
    if (isFooterRow(row)) {
      this.ended = true;
      return;
    }
    const total = findTotalLabel(row, this.notLabels);
    const view = this.view;
    const filled = this.reader.read(row, view);
    if (total !== null) {
      this.lastRow = rowNumber;
      this.totalRowNumbers.push(rowNumber);
      checkAmountInvalid(view, this.context);
      if (total.kind === "grand") this.statedTotalFen = view.amountFen >= 0 ? view.amountFen : undefined;
      const coverage = this.totals.checkTotalRow(view, total, this.tallies, this.context);
      for (const subtotal of this.subtotals) subtotal.checkTotalRow(view, total.label, coverage, this.context);
      return;
    }
    if (!filled) return;
    if (view.amountFen < 0 && isRepeatedHeader(this.compiled, view, this.mappedFields, this.columnMap)) {
      this.columnNumbersMayFollow = true;
      return;
    }
    this.checkDataRow(view);
  }

  private checkDataRow(view: RowView): void {
    const context = this.context;
    this.lastRow = view.rowNumber;
    this.dataRowNumbers.push(view.rowNumber);
    if (view.hidden) this.hiddenRowNumbers.push(view.rowNumber);
    if (this.registerChecks !== null) this.registerChecks.check(view, context);
    for (let i = 0; i < ROW_RULES.length; i++) ROW_RULES[i](view, context);
    for (let i = 0; i < this.packChecks.length; i++) this.packChecks[i].check(view, context);
    const ids = this.ids;
    if (ids !== null) {
      ids.read(view);
      this.duplicates.check(view, ids, context);
      this.sharedArchives.check(view, ids, context);
    }
    this.sharedAccounts.check(view, context);
    if (this.people !== null) this.people.push(personEntry(view, this.compiled.roleSlots));
    this.totals.addDataRow(view, context);
    this.amountUnit.add(view, context);
    for (let i = 0; i < this.subtotals.length; i++) this.subtotals[i].addDataRow(view, context);
    const { roleSlots, modelWorkerYes, flagName, flagContains } = this.compiled;
    const flagged = isFlagged(view.texts[roleSlots.flag], view.texts[roleSlots.flagAlso], modelWorkerYes, flagName, flagContains);
    this.tallies.add(view.texts[roleSlots.region], view.texts[roleSlots.group], flagged, view.amountFen);
    this.amountsUnread.add(view);
  }

  result(sheet: string, header: HeaderMatch): CheckResult {
    const total = this.tallies.totalTally();
    const amountUnitDoubt = this.amountUnit.report(header.headerRows[header.headerRows.length - 1], header.amountUnitStated, this.context);
    return {
      sheet,
      headerRow: header.headerRows[header.headerRows.length - 1],
      headerRows: header.headerRows,
      columns: header.columns,
      dataRowNumbers: this.dataRowNumbers,
      amountScale: header.amountScale,
      dataRows: this.dataRowNumbers.length,
      totalRowNumbers: this.totalRowNumbers,
      hiddenRowNumbers: this.hiddenRowNumbers,
      lastRow: this.lastRow,
      issues: this.context.issues.issues(),
      regions: this.tallies.regionTallies(),
      groups: this.tallies.groupTallies(),
      total,
      amountsUnread: this.amountsUnread.result(),
      ...(this.statedTotalFen === undefined ? {} : { statedTotalFen: this.statedTotalFen }),
      ...(amountUnitDoubt === undefined ? {} : { amountUnitDoubt }),
      ...(this.registerChecks === null ? {} : { registerReach: this.registerChecks.reach() }),
      ...(this.people === null ? {} : { people: this.people, personFields: { id: this.compiled.roles.id, account: this.compiled.roles.account, ...perPersonField(this.compiled) } }),
    };
  }
}

/** The pack's limit on a person's rows, as the consolidation counts it across submissions (PersonFields.perPerson). */
function perPersonField(compiled: CompiledTemplate): Pick<PersonFields, "perPerson"> {
  if (compiled.builtins.duplicatePerson) return {};
  const rule = compiled.genericRules.find((candidate) => candidate.kind === "records-per-person");
  const names = compiled.fieldNames.get(compiled.roles.id ?? "") ?? { field: "身份证号码", fieldEn: "ID number" };
  return { perPerson: rule === undefined ? null : { max: rule.max, ...names, ...(rule.severity === undefined ? {} : { severity: rule.severity }) } };
}
