import type { Minimum } from "./schema";
import { archiveLevelKey } from "./archive-level";

/** No minimum applies. */
export const NO_MINIMUM = -1;

/**
 * The minimum-amount table in fen, looked up without building keys per row. The most specific
 * entry wins (level+group, then level, then group, then one for everyone); among equals, the first.
 */
export class MinimumTable {
  private readonly byLevelGroup = new Map<string, Map<string, number>>();
  private readonly byLevel = new Map<string, number>();
  private readonly byGroup = new Map<string, number>();
  private readonly forAll: number = NO_MINIMUM;

  constructor(minimums: readonly Minimum[]) {
    for (const { level, group, minYuan } of minimums) {
      const fen = Math.round(minYuan * 100);
      if (level !== undefined && group !== undefined) {
        const groups = this.byLevelGroup.get(archiveLevelKey(level)) ?? new Map<string, number>();
        this.byLevelGroup.set(archiveLevelKey(level), groups);
        if (!groups.has(group)) groups.set(group, fen);
      } else if (level !== undefined) {
        if (!this.byLevel.has(archiveLevelKey(level))) this.byLevel.set(archiveLevelKey(level), fen);
      } else if (group !== undefined) {
        if (!this.byGroup.has(group)) this.byGroup.set(group, fen);
      } else if (this.forAll === NO_MINIMUM) {
        this.forAll = fen;
      }
    }
  }

  /** Minimum in fen for a row's (already keyed) level and group, or NO_MINIMUM. */
  lookup(levelKey: string, group: string): number {
    return (
      this.byLevelGroup.get(levelKey)?.get(group) ?? this.byLevel.get(levelKey) ?? this.byGroup.get(group) ?? this.forAll
    );
  }
}
