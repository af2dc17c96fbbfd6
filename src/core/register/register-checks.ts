import type { RowView } from "../rows/row-view";
import { ownCopy } from "../rows/own-copy";
import { checkArchiveClosed } from "../rules/archive-closed";
import { checkArchiveLevelMismatch } from "../rules/archive-level-mismatch";
import { checkArchiveNotRegistered } from "../rules/archive-not-registered";
import { checkArchiveNumberOmitted } from "../rules/archive-number-omitted";
import { checkArchivePersonMismatch } from "../rules/archive-person-mismatch";
import type { RowRule, RuleContext } from "../rules/rule-context";
import type { CompiledTemplate } from "../template/compile-template";
import type { RegisterReach } from "../check/types";
import type { RegisterRow } from "./register-row";

const REGISTER_RULES: readonly RowRule[] = [
  checkArchiveNotRegistered,
  checkArchivePersonMismatch,
  checkArchiveLevelMismatch,
  checkArchiveClosed,
  checkArchiveNumberOmitted,
];

/**
 * The register's part of a data row's check, before the row's own rules: the five archive checks,
 * then the registered level read in the row's place, so the minimum is the registered level's.
 */
export class RegisterChecks {
  private readonly reached: number[] = [];
  private readonly seen: Uint8Array;
  private readonly regions = new Set<string>();
  private readonly units = new Set<string>();
  /** The roster has no 建档级别 column: the slot holds only what this wrote, cleared per row. */
  private readonly levelUnmapped: boolean;

  constructor(
    private readonly found: RegisterRow,
    private readonly compiled: CompiledTemplate,
    columns: RuleContext["columns"],
  ) {
    this.seen = new Uint8Array(found.register.archiveKeys.length);
    this.levelUnmapped = compiled.roles.archiveLevel !== null && columns[compiled.roles.archiveLevel] === undefined;
  }

  check(row: RowView, context: RuleContext): void {
    const { found, compiled } = this;
    const slots = compiled.roleSlots;
    if (this.levelUnmapped) row.texts[slots.archiveLevel] = "";
    found.find(row, compiled);
    for (let i = 0; i < REGISTER_RULES.length; i++) REGISTER_RULES[i](row, context);
    if (found.entry >= 0 && found.mismatch === "" && compiled.roles.archiveLevel !== null) {
      const registered = found.register.levels[found.entry];
      if (registered !== "") row.texts[slots.archiveLevel] = registered;
    }
    const entry = found.reached();
    if (entry >= 0 && row.amountFen > 0 && this.seen[entry] === 0) {
      this.seen[entry] = 1;
      this.reached.push(entry);
    }
    this.note(this.regions, row.texts[slots.region]);
    this.note(this.units, row.texts[slots.unit]);
  }

  reach(): RegisterReach {
    return { reached: this.reached, regions: [...this.regions], units: [...this.units] };
  }

  private note(set: Set<string>, text: string): void {
    if (text !== "" && !set.has(text)) set.add(ownCopy(text));
  }
}
