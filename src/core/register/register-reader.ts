import type { CellValue } from "../cell";
import { headerNotFound, type HeaderNotFoundError } from "../check/header-not-found";
import { HEADER_WINDOW } from "../check/header-window";
import { detectHeader } from "../header/detect-header";
import { findTotalLabel, isFooterRow } from "../rows/classify-row";
import { ownCopy } from "../rows/own-copy";
import { RowReader } from "../rows/read-row";
import { RowView } from "../rows/row-view";
import type { SheetRow } from "../rows/sheet-row";
import { archiveKey, nameKey, personKey } from "../rules/person-keys";
import { isClosedStatus, type ArchiveRegister, type RegisterSkipped, type RegisterSource } from "./archive-register";
import { REGISTER_COMPILED } from "./register-template";

/** A register's dates and IDs are read, never judged: no birth date is "in the future" of this. */
const FAR_FUTURE = 99991231;

const slot = (key: string) => REGISTER_COMPILED.slots.get(key)!;
const SLOTS = {
  archiveNo: slot("archiveNo"),
  name: slot("name"),
  archiveLevel: slot("archiveLevel"),
  region: slot("region"),
  unit: slot("unit"),
  status: slot("status"),
};

/**
 * Reads 档案表 sheets, one row at a time, into an ArchiveRegister: any host hands it rows as it
 * hands a roster's to a check session (the CLI and the page through the one .xlsx/.csv reader, in
 * every encoding that reader takes). Its header is found as a roster's; total and footer lines are
 * passed over; a line without an archive number is no family.
 */
export class RegisterBuilder {
  private readonly sources: RegisterSource[] = [];
  private readonly skipped: RegisterSkipped[] = [];
  private readonly refusals: HeaderNotFoundError[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly archiveKeys: string[] = [];
  private readonly archiveNos: string[] = [];
  private readonly idKeys: string[] = [];
  private readonly names: string[] = [];
  private readonly levels: string[] = [];
  private readonly regions: string[] = [];
  private readonly units: string[] = [];
  private readonly statuses: string[] = [];
  private readonly closed: number[] = [];
  private readonly lines: number[] = [];
  private readonly source: number[] = [];
  private repeatedLines = 0;

  /** A sheet to read; `finish()` it after its last row. */
  sheet(file: string, sheet: string): RegisterSheet {
    return new RegisterSheet(this, file, sheet);
  }

  /** A sheet not read (hidden): every coverage figure names it. */
  skip(file: string, sheet: string, reason: RegisterSkipped["reason"]): void {
    this.skipped.push({ file, sheet, reason });
  }

  /** @internal RegisterSheet's: a sheet whose header was not found. */
  noHeader(file: string, sheet: string, error: HeaderNotFoundError): void {
    this.skipped.push({ file, sheet, reason: "no-header" });
    this.refusals.push(error);
  }

  /** @internal RegisterSheet's: the sheet's index in `sources`. */
  addSource(file: string, sheet: string): number {
    this.sources.push({ file, sheet });
    return this.sources.length - 1;
  }

  /** @internal RegisterSheet's: one family line. */
  addEntry(view: RowView, source: number): void {
    const written = view.texts[SLOTS.archiveNo];
    const key = archiveKey(written);
    if (this.byKey.has(key)) {
      this.repeatedLines++;
      return;
    }
    this.byKey.set(key, this.archiveKeys.length);
    this.archiveKeys.push(ownCopy(key));
    this.archiveNos.push(ownCopy(written));
    this.idKeys.push(view.idNumber === "" ? "" : ownCopy(personKey(view)));
    this.names.push(ownCopy(nameKey(view.texts[SLOTS.name])));
    this.levels.push(ownCopy(view.texts[SLOTS.archiveLevel]));
    this.regions.push(ownCopy(view.texts[SLOTS.region]));
    this.units.push(ownCopy(view.texts[SLOTS.unit]));
    const status = view.texts[SLOTS.status];
    this.statuses.push(ownCopy(status));
    this.closed.push(isClosedStatus(status) ? 1 : 0);
    this.lines.push(view.rowNumber);
    this.source.push(source);
  }

  /** The sheets whose header was not found, with the core's message of what each lacked. */
  headerRefusals(): readonly HeaderNotFoundError[] {
    return this.refusals;
  }

  build(): ArchiveRegister {
    return {
      sources: this.sources,
      archiveKeys: this.archiveKeys,
      archiveNos: this.archiveNos,
      idKeys: this.idKeys,
      names: this.names,
      levels: this.levels,
      regions: this.regions,
      units: this.units,
      statuses: this.statuses,
      closed: Uint8Array.from(this.closed),
      lines: Int32Array.from(this.lines),
      source: Uint16Array.from(this.source),
      skipped: this.skipped,
      repeatedLines: this.repeatedLines,
    };
  }
}

/** One sheet of a register file, pushed row by row in order. */
export class RegisterSheet {
  private window: SheetRow[] = [];
  private firstRow = 0;
  private reader: RowReader | null = null;
  private readonly view = new RowView(REGISTER_COMPILED);
  private lastHeaderRow = 0;
  private sourceIndex = -1;
  private ended = false;
  private decided = false;

  constructor(
    private readonly builder: RegisterBuilder,
    private readonly file: string,
    private readonly sheetName: string,
  ) {}

  pushRow(rowNumber: number, cells: readonly (CellValue | undefined)[], firstColumn = 1, hidden = false): void {
    if (this.ended) return;
    if (!this.decided) {
      if (this.firstRow === 0) this.firstRow = rowNumber;
      if (rowNumber < this.firstRow + HEADER_WINDOW) {
        this.window.push({ rowNumber, cells: cells.slice(), firstColumn, hidden });
        return;
      }
      this.decide();
    }
    this.read({ rowNumber, cells, firstColumn, hidden });
  }

  /** True when the sheet held a register header. */
  finish(): boolean {
    if (!this.decided) this.decide();
    return this.reader !== null;
  }

  private decide(): void {
    this.decided = true;
    const rows = this.window;
    this.window = [];
    const header = detectHeader(REGISTER_COMPILED, rows);
    if (header === null) {
      this.ended = true;
      this.builder.noHeader(this.file, this.sheetName, headerNotFound(REGISTER_COMPILED, this.sheetName, rows));
      return;
    }
    this.reader = new RowReader(REGISTER_COMPILED, header.columns, header.amountScale, FAR_FUTURE);
    this.lastHeaderRow = header.headerRows[header.headerRows.length - 1];
    this.sourceIndex = this.builder.addSource(this.file, this.sheetName);
    for (const row of rows) if (row.rowNumber > this.lastHeaderRow) this.read(row);
  }

  private read(row: SheetRow): void {
    if (this.ended || this.reader === null) return;
    if (isFooterRow(row)) {
      this.ended = true;
      return;
    }
    if (findTotalLabel(row, []) !== null) return;
    if (!this.reader.read(row, this.view)) return;
    if (this.view.texts[SLOTS.archiveNo] === "") return;
    this.builder.addEntry(this.view, this.sourceIndex);
  }
}
