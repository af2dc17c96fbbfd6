/** Which program the add-in runs in, as the host names itself: what a 自检 report starts with. */
export interface HostIdentity {
  /** "Excel (PC)", "WPS 表格"… */
  readonly name: string;
  /** The host's own version or build number. */
  readonly version: string;
}

/** Plain cell values a probe writes: text and numbers. */
export type ScratchValue = string | number;

/**
 * A sheet the add-in added for the 自检 and removes afterwards. Each method tries one thing the
 * adapter relies on, through the same host calls the adapter makes for the clerk's sheets, and
 * hands back what the host answered, unjudged: the probes (core/self-test/probes.ts) judge it.
 * A method throws what the host threw.
 */
export interface ScratchSheet {
  /** Writes `rows` from A1, then reads the same cells back in one bulk read, exactly as the host hands them (not normalised). */
  bulkRoundTrip(rows: readonly (readonly ScratchValue[])[]): Promise<unknown>;
  /** Fills A1 with `#RRGGBB` as marks are filled and reads the fill back as `#RRGGBB`. */
  fillRoundTrip(color: string): Promise<string>;
  /** Adds a note to A1 as marks add one and reads its text back. */
  noteRoundTrip(text: string): Promise<string>;
  /** Gives A1 a list validation of `values` (as 加上填写规则 does) and reads the list back. */
  listValidationRoundTrip(values: readonly string[]): Promise<readonly string[]>;
  /** Saves `value` the way settings are saved (on this sheet, never the workbook's own settings) and loads it back. */
  settingsRoundTrip(value: unknown): Promise<unknown>;
  /** Listens for changes on this sheet, writes a cell, and resolves whether the host reported it within `timeoutMs`. */
  changeEventFires(timeoutMs: number): Promise<boolean>;
  /** Deletes the sheet. */
  remove(): Promise<void>;
}

/** What a host offers the 自检: who it is, and a scratch sheet of its own. */
export interface SelfTestHost {
  identity(): Promise<HostIdentity>;
  /** Adds an empty sheet (never one of the clerk's) for the probes. */
  addScratchSheet(): Promise<ScratchSheet>;
}
