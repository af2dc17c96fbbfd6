import { maskNumberRuns, maskSensitive } from "../format/mask";
import type { ArchiveRegister, RegisterSkipped } from "./archive-register";
import { registerLine } from "./archive-register";
import type { RegisterReach } from "../check/types";

/** Which 在档 families count: those of the 地区/单位 the rosters cover (a county checks its own), or the whole register. */
export type RegisterScope = "covered" | "all";

/** A registered family no row paid, as it may be shown and written: the name masked, never the ID. */
export interface NotReachedFamily {
  readonly archiveNo: string;
  readonly name: string;
  readonly level: string;
  readonly region: string;
  readonly unit: string;
  /** Where it is in the register: 档案表.xlsx 第12行. */
  readonly line: string;
}

/** 全覆盖不遗漏: how many 在档 families the submissions reached, and which they did not. */
export interface RegisterCoverage {
  readonly scope: RegisterScope;
  /** 在档 families counted (in scope). */
  readonly registered: number;
  /** Of them, those some row of some submission pays. */
  readonly reached: number;
  /** The rest, in register order. */
  readonly notReached: readonly NotReachedFamily[];
  /** 在档 families left out by the scope (other 地区/单位), counted so that the figure says what it covers. */
  readonly outside: number;
  /** The roster names no 地区 or 单位 the register has: every family counted, as with scope "all". */
  readonly scopeWidened: boolean;
  /** Families the register says left (已解困脱困, 退档): not counted as 在档. */
  readonly closed: number;
  readonly files: readonly string[];
  /** Register sheets not read, and why. */
  readonly skipped: readonly RegisterSkipped[];
  /** Register lines repeating an archive number above them (the first kept). */
  readonly repeatedLines: number;
  /** Checked sheets of a form without an archive number: their rows could reach no family. */
  readonly sheetsWithoutArchive: number;
  /**
   * Register columns absent or blank on every line: without 档案级别 no row's level was compared,
   * without 档案状态 no 已解困 family could be told from one in the register.
   */
  readonly emptyColumns: readonly ("archiveLevel" | "status")[];
}

/**
 * Joins what every checked sheet reached (a family paid by another county counts as reached) and
 * lists the 在档 families none did. `reaches` has one entry per checked sheet, null for a sheet whose
 * form has no archive number.
 */
export function registerCoverage(register: ArchiveRegister, reaches: readonly (RegisterReach | null)[], scope: RegisterScope): RegisterCoverage {
  const count = register.archiveKeys.length;
  const reached = new Uint8Array(count);
  const regions = new Set<string>();
  const units = new Set<string>();
  for (const reach of reaches) {
    if (reach === null) continue;
    for (const entry of reach.reached) reached[entry] = 1;
    for (const region of reach.regions) regions.add(region);
    for (const unit of reach.units) units.add(unit);
  }
  const inScope = (entry: number) => regions.has(register.regions[entry]) || units.has(register.units[entry]);
  let anyCovered = false;
  if (scope === "covered") for (let i = 0; i < count && !anyCovered; i++) anyCovered = register.closed[i] === 0 && inScope(i);
  const counting = scope === "covered" && anyCovered;
  let registered = 0;
  let reachedCount = 0;
  let outside = 0;
  let closed = 0;
  const notReached: NotReachedFamily[] = [];
  for (let i = 0; i < count; i++) {
    if (register.closed[i] === 1) {
      closed++;
      continue;
    }
    if (counting && !inScope(i)) {
      outside++;
      continue;
    }
    registered++;
    if (reached[i] === 1) reachedCount++;
    else notReached.push(family(register, i));
  }
  return {
    scope,
    registered,
    reached: reachedCount,
    notReached,
    outside,
    scopeWidened: scope === "covered" && !anyCovered,
    closed,
    files: [...new Set(register.sources.map((source) => source.file))],
    skipped: register.skipped,
    repeatedLines: register.repeatedLines,
    sheetsWithoutArchive: reaches.filter((reach) => reach === null).length,
    emptyColumns: count === 0 ? [] : ([["archiveLevel", register.levels], ["status", register.statuses]] as const).filter(([, values]) => values.every((value) => value === "")).map(([key]) => key),
  };
}

function family(register: ArchiveRegister, entry: number): NotReachedFamily {
  return {
    archiveNo: maskNumberRuns(register.archiveNos[entry]),
    name: maskSensitive(register.names[entry]),
    level: maskNumberRuns(register.levels[entry]),
    region: maskNumberRuns(register.regions[entry]),
    unit: maskNumberRuns(register.units[entry]),
    line: maskNumberRuns(registerLine(register, entry)),
  };
}

/** What a register without 档案级别 or 档案状态 could not check, said beside the count (text report, 未慰问在档户 sheet). */
export function emptyColumnsNote(emptyColumns: RegisterCoverage["emptyColumns"]): string | null {
  if (emptyColumns.length === 0) return null;
  const named = emptyColumns.map((key) => (key === "archiveLevel" ? "档案级别" : "档案状态"));
  const unmade = emptyColumns.map((key) => (key === "archiveLevel" ? "未对照建档级别" : "已解困脱困、退档的户无法区分，都按在档计"));
  return `档案表没有${named.join("、")}${named.length > 1 ? "两列" : "一列"}（或全为空）：${unmade.join("；")}`;
}

/**
 * 覆盖率 as a percentage with one decimal, rounded down: 1,999 of 2,000 is 99.9%, never the 100%
 * that would let a clerk write 全部慰问到位. No 在档 family counted: "—".
 */
export function coverageRate(coverage: Pick<RegisterCoverage, "registered" | "reached">): string {
  if (coverage.registered === 0) return "—";
  const tenths = Math.floor((coverage.reached * 1000) / coverage.registered);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}
