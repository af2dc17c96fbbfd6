import { groupSubtotalRows, moneyAsNumbers, regionSubtotalRows } from "../../../src/core/workbook/results-tables";
import { tallyLabels } from "../../../src/core/subtotals/tally-labels";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";

const bundledTemplate = (id: string) => BUNDLED_TEMPLATES.find((template) => template.id === id)!;

const tallies = {
  regions: [{ region: "市直", households: 2, modelWorkers: 0, amountFen: 900_000 }],
  groups: [{ group: "本科", households: 2, modelWorkers: 0, amountFen: 900_000 }],
  total: { households: 2, modelWorkers: 0, amountFen: 900_000 },
};

describe("subtotal tables name their rows and flag column from the pack", () => {
  it("送温暖 keeps 地区 / 人员类别 and its 劳模户数 column", () => {
    const labels = tallyLabels(bundledTemplate("songwennuan"));
    expect(regionSubtotalRows(tallies, moneyAsNumbers, labels)[0]).toEqual(["地区", "户数", "劳模户数", "金额（元）", "金额（万元）"]);
    expect(groupSubtotalRows(tallies, moneyAsNumbers, labels)[0][0]).toBe("人员类别");
  });

  it("金秋助学 heads its groups 入学层次 and has no column of 劳模 zeros: it counts no flag", () => {
    const labels = tallyLabels(bundledTemplate("jinqiu-zhuxue"));
    expect(labels).toEqual({ region: "地区", group: "入学层次", flag: null });
    expect(groupSubtotalRows(tallies, moneyAsNumbers, labels)).toEqual([
      ["入学层次", "户数", "金额（元）", "金额（万元）"],
      ["本科", 2, 9000, 0.9],
      ["合计", 2, 9000, 0.9],
    ]);
  });
});
