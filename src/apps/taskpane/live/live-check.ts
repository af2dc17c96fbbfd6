import type { ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import type { RowsRead, SheetEdit, WorkbookHost } from "../../../core/ports/workbook-host";
import { IncrementalCheck } from "../../../core/incremental/incremental-check";
import type { Template } from "../../../core/template/schema";
import { editedRows, rowSpans } from "./edited-rows";

/** Long enough that a clerk typing a name is not re-checked per keystroke's commit. */
export const EDIT_DEBOUNCE_MS = 400;
/** Hosts miss edits (dropdown picks, fills, pastes): everything is read again this often. */
export const FULL_RECHECK_MS = 30_000;

export type LiveHost = Required<Pick<WorkbookHost, "watchEdits" | "readRows">>;

export interface LiveCheckOptions {
  readonly sheet: string;
  readonly template: Template;
  readonly columnMap: ColumnMap;
  /** Each new result: the pane's list and counts. */
  readonly onResult: (result: CheckResult) => void;
  readonly onError: (error: unknown) => void;
  readonly debounceMs?: number;
  readonly fullRecheckMs?: number;
}

/**
 * Checking while typing. The sheet's values are held as the host last gave them; after an edit
 * (debounced) only the edited rows are read again, in one bulk read per run of rows, and checked
 * against the held index of keys and tallies (core/incremental): duplicates, shared accounts and
 * totals follow from the changed rows, and the list equals what the one-click check gives. Nothing
 * is written to the sheet (a write would clear the clerk's undo list). A full read every
 * `fullRecheckMs` catches the edits the host never reported.
 */
export class LiveCheck {
  private grid: RowsRead | null = null;
  private readonly dirty = new Set<number>();
  private readAll = false;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private periodic: ReturnType<typeof setInterval> | null = null;
  private unwatch: (() => Promise<void>) | null = null;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly incremental: IncrementalCheck;

  constructor(
    private readonly host: LiveHost,
    private readonly options: LiveCheckOptions,
  ) {
    this.incremental = new IncrementalCheck(options.template, { sheet: options.sheet, columnMap: options.columnMap });
  }

  /** Reads and checks the sheet, then follows the clerk's edits. */
  async start(): Promise<void> {
    await this.enqueue(() => this.full());
    this.unwatch = await this.host.watchEdits((edit) => this.edited(edit));
    this.periodic = setInterval(() => void this.enqueue(() => this.full()), this.options.fullRecheckMs ?? FULL_RECHECK_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.debounce !== null) clearTimeout(this.debounce);
    if (this.periodic !== null) clearInterval(this.periodic);
    await this.unwatch?.();
    await this.work;
  }

  /** Resolves when every read and check queued so far is done. */
  settled(): Promise<void> {
    return this.work;
  }

  /** Reads everything again now (the periodic re-check; also what a missed edit needs). */
  recheckAll(): Promise<void> {
    return this.enqueue(() => this.full());
  }

  private edited(edit: SheetEdit): void {
    if (this.stopped || edit.sheet !== this.options.sheet) return;
    const rows = editedRows(edit.address);
    if (rows === "all") this.readAll = true;
    else for (const row of rows) this.dirty.add(row);
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.enqueue(() => this.flush());
    }, this.options.debounceMs ?? EDIT_DEBOUNCE_MS);
  }

  /** One task at a time: a full read and an edit's read never interleave. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.work = this.work.then(() => (this.stopped ? undefined : task())).catch((error: unknown) => this.options.onError(error));
    return this.work;
  }

  private async full(): Promise<void> {
    this.dirty.clear();
    this.readAll = false;
    this.grid = await this.host.readRows(this.options.sheet);
    this.options.onResult(this.incremental.full(this.grid));
  }

  /** The edited rows read again, one bulk read per run; a row past the held ones extends them. */
  async flush(): Promise<void> {
    if (this.readAll || this.grid === null) return this.full();
    const rows = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    if (rows.length === 0) return;
    const grid = this.grid;
    const held = grid.rows.slice();
    for (const span of rowSpans(rows)) {
      if (span.top < grid.firstRow) return this.full(); // above the held rows: the used range grew upwards
      const read = await this.host.readRows(this.options.sheet, span);
      // The used range now starts in another column, or is wider: read it all again.
      if (read.firstColumn !== grid.firstColumn || (read.rows[0]?.length ?? 0) !== (held[0]?.length ?? 0)) return this.full();
      read.rows.forEach((cells, i) => (held[span.top - grid.firstRow + i] = cells));
    }
    this.grid = { ...grid, rows: Array.from(held, (cells) => cells ?? []) };
    this.options.onResult(this.incremental.update(this.grid, rows));
  }
}
