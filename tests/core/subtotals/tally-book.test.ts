import { TallyBook } from "../../../src/core/subtotals/tally-book";
import { isModelWorker } from "../../../src/core/subtotals/model-worker";

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

describe("isModelWorker", () => {
  const yes = new Set(["是"]);
  it("counts 是, a 劳模 type and a 劳模 group", () => {
    expect(isModelWorker("是", "一线职工", yes)).toBe(true);
    expect(isModelWorker("省部级劳模", "", yes)).toBe(true);
    expect(isModelWorker("", "困难劳模", yes)).toBe(true);
  });
  it("does not count 否", () => {
    expect(isModelWorker("否", "困难职工", yes)).toBe(false);
  });
});
