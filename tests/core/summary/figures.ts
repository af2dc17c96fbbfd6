import type { GroupTally, RegionTally } from "../../../src/core/check/types";
import type { SummaryFigures } from "../../../src/core/summary/render-summary";

const fen = (yuan: number) => Math.round(yuan * 100);

export function region(name: string, households: number, modelWorkers: number, yuan: number): RegionTally {
  return { region: name, households, modelWorkers, amountFen: fen(yuan) };
}

export function group(name: string, households: number, modelWorkers: number, yuan: number): GroupTally {
  return { group: name, households, modelWorkers, amountFen: fen(yuan) };
}

/** Totals as the check engine computes them: the sums over regions. */
export function figures(regions: RegionTally[], groups: GroupTally[] = []): SummaryFigures {
  const sum = (pick: (r: RegionTally) => number) => regions.reduce((acc, r) => acc + pick(r), 0);
  return {
    regions,
    groups,
    total: { households: sum((r) => r.households), modelWorkers: sum((r) => r.modelWorkers), amountFen: sum((r) => r.amountFen) },
  };
}

/** The 哈密 figures of seed summary 篇3. */
export const HAMI = figures(
  [region("地直", 55, 2, 61_000), region("哈密市", 125, 25, 70_000), region("巴里坤县", 176, 48, 107_000), region("伊吾县", 44, 0, 36_000)],
  [group("困难职工", 180, 0, 120_000), group("劳务派遣工", 120, 0, 60_000), group("一线职工", 100, 0, 94_000)],
);
