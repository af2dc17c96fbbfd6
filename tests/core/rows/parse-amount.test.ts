import { AMOUNT_EMPTY, AMOUNT_INVALID, parseAmountFen } from "../../../src/core/rows/parse-amount";

describe("parseAmountFen", () => {
  it.each<[unknown, number]>([
    [1000, 100000],
    [1409.5, 140950],
    [0.285, 29],
    ["1,000.00", 100000],
    ["１２００", 120000],
    ["1500元", 150000],
    [" 2 000 ", 200000],
    ["¥6007.14", 600714],
    ["100.005", 10001],
    ["100.004", 10000],
  ])("%j is %d fen", (value, fen) => {
    expect(parseAmountFen(value as string, 1)).toBe(fen);
  });

  it("scales a 万元 column", () => {
    expect(parseAmountFen(6.1, 10000)).toBe(6100000);
    expect(parseAmountFen("0.15", 10000)).toBe(150000);
  });

  it("reports empty cells apart from invalid ones", () => {
    expect(parseAmountFen(null, 1)).toBe(AMOUNT_EMPTY);
    expect(parseAmountFen("  ", 1)).toBe(AMOUNT_EMPTY);
  });

  it.each<unknown>(["一千", "1,00", "12a", "-5", -5, Number.NaN, Number.POSITIVE_INFINITY, true, { error: "#N/A" }, "1.2.3"])(
    "%j is invalid",
    (value) => {
      expect(parseAmountFen(value as string, 1)).toBe(AMOUNT_INVALID);
    },
  );
});
