import type { GroupTally, RegionTally, Tally } from "../check/types";
import { maskNumberRuns } from "../format/mask";
import { ownCopy } from "../rows/own-copy";

export const NO_REGION = "未填地区";
export const NO_GROUP = "未填类别";

class RunningTally {
  households = 0;
  modelWorkers = 0;
  amountFen = 0;

  add(modelWorker: boolean, amountFen: number): void {
    this.households++;
    if (modelWorker) this.modelWorkers++;
    this.amountFen += amountFen;
  }

  snapshot(): Tally {
    return { households: this.households, modelWorkers: this.modelWorkers, amountFen: this.amountFen };
  }
}

/**
 * Households, model workers and fen per region and per group, in order of first appearance
 * (Map keeps insertion order). A row whose amount cannot be parsed adds a household and 0 fen.
 */
export class TallyBook {
  private readonly regions = new Map<string, RunningTally>();
  private readonly groups = new Map<string, RunningTally>();
  private readonly total = new RunningTally();

  add(region: string, group: string, modelWorker: boolean, amountFen: number): void {
    const fen = amountFen > 0 ? amountFen : 0;
    tallyFor(this.regions, region === "" ? NO_REGION : region).add(modelWorker, fen);
    tallyFor(this.groups, group === "" ? NO_GROUP : group).add(modelWorker, fen);
    this.total.add(modelWorker, fen);
  }

  /** Fen counted so far for a region; undefined when no data row named it. */
  regionAmountFen(region: string): number | undefined {
    return this.regions.get(region)?.amountFen;
  }

  totalAmountFen(): number {
    return this.total.amountFen;
  }

  /** Names as shown (an ID typed under 地区 is masked); the tallies stay keyed by what was typed. */
  regionTallies(): RegionTally[] {
    return [...this.regions].map(([region, tally]) => ({ region: maskNumberRuns(region), ...tally.snapshot() }));
  }

  groupTallies(): GroupTally[] {
    return [...this.groups].map(([group, tally]) => ({ group: maskNumberRuns(group), ...tally.snapshot() }));
  }

  totalTally(): Tally {
    return this.total.snapshot();
  }
}

function tallyFor(tallies: Map<string, RunningTally>, key: string): RunningTally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = new RunningTally();
    tallies.set(ownCopy(key), tally);
  }
  return tally;
}
