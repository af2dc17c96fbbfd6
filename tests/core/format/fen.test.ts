import { fenToYuan, formatYuan } from "../../../src/core/format/fen";

describe("fenToYuan", () => {
  it.each([
    [27_400_000, 274000],
    [123_456_789, 1234567.89],
    [5, 0.05],
    [-150, -1.5],
    [0, 0],
  ])("%i fen is %p yuan", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it("prints exactly two decimals at most in JSON", () => {
    expect(JSON.stringify([fenToYuan(1_410), fenToYuan(33), fenToYuan(999_999_999_99)])).toBe("[14.1,0.33,999999999.99]");
  });

  it("refuses fractions of a fen", () => {
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
});

describe("formatYuan", () => {
  it.each([
    [27_400_000, "274,000.00"],
    [140_950, "1,409.50"],
    [5, "0.05"],
    [0, "0.00"],
    [99_900, "999.00"],
    [100_000, "1,000.00"],
    [34_500_000_000, "345,000,000.00"],
    [-123_456, "-1,234.56"],
  ])("%i fen shows as %s", (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});
