/**
 * A county's 档案表 (the register of needy families exported from the national 帮扶 system), as the
 * checks read it: one entry per archive number, in columns of plain arrays so it crosses to a
 * worker by structured clone and 200,000 families stay a few arrays, not 200,000 objects.
 * It is never written anywhere: only what the checks say of it (its line numbers, the levels, the
 * masked 未慰问 list) leaves the core.
 */
export interface ArchiveRegister {
  /** The files and sheets it was read from; an entry's `source` indexes this. */
  readonly sources: readonly RegisterSource[];
  /** Per entry: the archive number as compared (archiveKey: half width, no spaces). */
  readonly archiveKeys: readonly string[];
  /** The number as written, for messages and the 未慰问 list. */
  readonly archiveNos: readonly string[];
  /** The ID as compared (15 digits upgraded to 18), or "". */
  readonly idKeys: readonly string[];
  /** The name as compared (no spaces). */
  readonly names: readonly string[];
  /** 档案级别 as written (全总/省总/市总…), or "". */
  readonly levels: readonly string[];
  readonly regions: readonly string[];
  readonly units: readonly string[];
  /** 档案状态 as written ("" is 在档). */
  readonly statuses: readonly string[];
  /** 1 where the status says the family left the register (已解困脱困, 退档). */
  readonly closed: Uint8Array;
  /** The sheet row each entry was read from. */
  readonly lines: Int32Array;
  readonly source: Uint16Array;
  /** Sheets of the register files that were not read, and why: said wherever the coverage is. */
  readonly skipped: readonly RegisterSkipped[];
  /** Lines whose archive number was already read above (the first is kept), for the clerk to clean the register. */
  readonly repeatedLines: number;
}

export interface RegisterSource {
  readonly file: string;
  readonly sheet: string;
}

export interface RegisterSkipped extends RegisterSource {
  readonly reason: "hidden" | "veryHidden" | "no-header";
}

/**
 * The national system's words for a family that left the register. 未脱困 and 未解困 are still
 * 在档, so only a status that says it happened (已…) or 退档/销档/注销 closes an archive.
 */
const CLOSED = /^已.*(脱困|解困)|退档|销档|注销|撤档|退出/;

export function isClosedStatus(status: string): boolean {
  return CLOSED.test(status);
}

/** Where an entry was read, as messages name it: 档案表.xlsx 第12行 (or 档案表.xlsx!乡镇 第12行 for a workbook of several sheets). */
export function registerLine(register: ArchiveRegister, entry: number): string {
  const place = register.sources[register.source[entry]];
  const several = new Set(register.sources.map((source) => source.file)).size < register.sources.length;
  return `${several ? `${place.file}!${place.sheet}` : place.file} 第${register.lines[entry]}行`;
}
