import type { Tally } from "../check/types";

/** Running sums of tallies under a key, in order of first appearance (Map keeps insertion order). */
export class TallyMerge {
  private readonly byKey = new Map<string, { households: number; modelWorkers: number; amountFen: number }>();

  add(key: string, tally: Tally): void {
    const sum = this.byKey.get(key);
    if (sum === undefined) {
      this.byKey.set(key, { households: tally.households, modelWorkers: tally.modelWorkers, amountFen: tally.amountFen });
      return;
    }
    sum.households += tally.households;
    sum.modelWorkers += tally.modelWorkers;
    sum.amountFen += tally.amountFen;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get(key: string): Tally {
    return this.byKey.get(key) ?? ZERO;
  }

  entries(): [string, Tally][] {
    return [...this.byKey];
  }
}

const ZERO: Tally = { households: 0, modelWorkers: 0, amountFen: 0 };
