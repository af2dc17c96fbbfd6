import { formatWanYuan } from "../../../src/core/format/wan-yuan";

const yuan = (y: number) => Math.round(y * 100);

describe("formatWanYuan", () => {
  it.each([
    [61_000, "6.1"],
    [70_000, "7"],
    [107_000, "10.7"],
    [36_000, "3.6"],
    [274_000, "27.4"],
    [14_250, "1.43"],
    [14_949.99, "1.49"],
    [14_950, "1.5"],
    [14_949, "1.49"],
    [125_000, "12.5"],
    [204_000, "20.4"],
    [100, "0.01"],
    [49.99, "0"],
    [50, "0.01"],
    [0, "0"],
    [99_950, "10"],
    [345_000_000, "34500"],
  ])("%p 元 is %s 万元", (amount, text) => {
    expect(formatWanYuan(yuan(amount))).toBe(text);
  });

  it("rounds negative amounts symmetrically", () => {
    expect(formatWanYuan(yuan(-14_950))).toBe("-1.5");
    expect(formatWanYuan(yuan(-14_949.99))).toBe("-1.49");
    expect(formatWanYuan(yuan(-49))).toBe("0");
  });

  it("rounds every half exactly, where floating point would not", () => {
    // 1.005, 1.015 … 万元 are classic float traps: (x / 10000).toFixed(2) gets some wrong.
    for (let hundredths = 0; hundredths < 2_000; hundredths++) {
      const fen = hundredths * 10_000 + 5_000;
      const expected = hundredths + 1;
      const text = formatWanYuan(fen);
      expect(Math.round(Number(text) * 100)).toBe(expected);
    }
  });
});
