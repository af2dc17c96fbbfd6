import type { Template } from "../template/schema";

/** How a subtotal table names its rows and its flag column: from the pack's own dimensions and flag. */
export interface TallyLabels {
  /** The region dimension's name: 地区 (送温暖), or what a pack calls it (社区). */
  readonly region: string;
  /** The group dimension's name: 人员类别, 入学层次, 劳模级别, 家庭类别. */
  readonly group: string;
  /** The flag counted beside 户数 (劳模户数), or null for a pack without one: no column of zeros. */
  readonly flag: string | null;
}

export const SONGWENNUAN_TALLY_LABELS: TallyLabels = { region: "地区", group: "人员类别", flag: "劳模户数" };

export function tallyLabels(template: Template): TallyLabels {
  const { dimensions, flags } = template.pack;
  const named = (role: "region" | "group", fallback: string) => dimensions.find((dimension) => dimension.role === role)?.name ?? fallback;
  const flag = flags?.[0];
  return {
    region: named("region", SONGWENNUAN_TALLY_LABELS.region),
    group: named("group", SONGWENNUAN_TALLY_LABELS.group),
    flag: flag === undefined ? null : `${flag.name}户数`,
  };
}
