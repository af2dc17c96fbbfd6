import { TallyBook } from "../../../src/core/subtotals/tally-book";

describe("TallyBook", () => {
  it("tallies regions and groups in order of first appearance, empty ones named", () => {
    const book = new TallyBook();
    book.add("哈密市", "困难职工", false, 100000);
    book.add("地直", "", true, 150000);
    book.add("哈密市", "困难劳模", true, -2);
    expect(book.regionTallies()).toEqual([
      { region: "哈密市", households: 2, modelWorkers: 1, amountFen: 100000 },
      { region: "地直", households: 1, modelWorkers: 1, amountFen: 150000 },
    ]);
    expect(book.groupTallies().map((g) => g.group)).toEqual(["困难职工", "未填类别", "困难劳模"]);
    expect(book.totalTally()).toEqual({ households: 3, modelWorkers: 2, amountFen: 250000 });
  });
});
