import { CrossTabBuilder } from "../../../src/core/consolidate/cross-tab";

describe("统计表 cross-tab", () => {
  it("puts units in rows and 人员类别 in 户数/金额 pairs, with 劳模户数 and 合计 row and column, exact in fen", () => {
    const builder = new CrossTabBuilder();
    builder.add(
      "地直",
      [
        { group: "困难职工", households: 2, modelWorkers: 0, amountFen: 200_001 },
        { group: "困难劳模", households: 1, modelWorkers: 1, amountFen: 150_000 },
      ],
      { households: 3, modelWorkers: 1, amountFen: 350_001 },
    );
    builder.add("伊吾县", [{ group: "一线职工", households: 1, modelWorkers: 0, amountFen: 33 }], { households: 1, modelWorkers: 0, amountFen: 33 });
    builder.add("地直", [{ group: "困难职工", households: 1, modelWorkers: 0, amountFen: 99 }], { households: 1, modelWorkers: 0, amountFen: 99 });
    const table = builder.build();
    expect(table.groups).toEqual(["困难职工", "困难劳模", "一线职工"]);
    expect(table.rows).toEqual([
      {
        unit: "地直",
        cells: [{ households: 3, amountFen: 200_100 }, { households: 1, amountFen: 150_000 }, { households: 0, amountFen: 0 }],
        total: { households: 4, modelWorkers: 1, amountFen: 350_100 },
      },
      {
        unit: "伊吾县",
        cells: [{ households: 0, amountFen: 0 }, { households: 0, amountFen: 0 }, { households: 1, amountFen: 33 }],
        total: { households: 1, modelWorkers: 0, amountFen: 33 },
      },
    ]);
    expect(table.total).toEqual({
      unit: "合计",
      cells: [{ households: 3, amountFen: 200_100 }, { households: 1, amountFen: 150_000 }, { households: 1, amountFen: 33 }],
      total: { households: 5, modelWorkers: 1, amountFen: 350_133 },
    });
  });
});
