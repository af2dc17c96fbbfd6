import type { GroupTally, Tally } from "../check/types";
import { TallyMerge } from "./merge-tallies";

export interface CrossTabCell {
  readonly households: number;
  readonly amountFen: number;
}

/** One line of the 统计表: a 户数/金额 pair per 人员类别, then the unit's 劳模户数 and 合计. */
export interface CrossTabRow {
  readonly unit: string;
  readonly cells: readonly CrossTabCell[];
  readonly total: Tally;
}

/** The 统计表 of a consolidation: 单位 rows × 人员类别 columns, with a 合计 row; exact in fen. */
export interface CrossTab {
  readonly groups: readonly string[];
  readonly rows: readonly CrossTabRow[];
  readonly total: CrossTabRow;
}

export const CROSS_TAB_TOTAL = "合计";

/** Gathers each unit's 人员类别 tallies; units and categories keep their order of first appearance. */
export class CrossTabBuilder {
  private readonly units = new Map<string, TallyMerge>();
  private readonly unitTotals = new TallyMerge();
  private readonly groupTotals = new TallyMerge();

  add(unit: string, groups: readonly GroupTally[], total: Tally): void {
    let byGroup = this.units.get(unit);
    if (byGroup === undefined) this.units.set(unit, (byGroup = new TallyMerge()));
    for (const group of groups) {
      byGroup.add(group.group, group);
      this.groupTotals.add(group.group, group);
    }
    this.unitTotals.add(unit, total);
  }

  build(): CrossTab {
    const groups = this.groupTotals.keys();
    const cellsOf = (tallies: TallyMerge): CrossTabCell[] =>
      groups.map((group) => ({ households: tallies.get(group).households, amountFen: tallies.get(group).amountFen }));
    const rows = [...this.units].map(([unit, byGroup]) => ({ unit, cells: cellsOf(byGroup), total: this.unitTotals.get(unit) }));
    const grand = new TallyMerge();
    for (const row of rows) grand.add(CROSS_TAB_TOTAL, row.total);
    return { groups, rows, total: { unit: CROSS_TAB_TOTAL, cells: cellsOf(this.groupTotals), total: grand.get(CROSS_TAB_TOTAL) } };
  }
}
