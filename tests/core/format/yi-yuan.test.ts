import { formatYiYuan } from "../../../src/core/format/yi-yuan";

const yuan = (y: number) => Math.round(y * 100);

describe("formatYiYuan", () => {
  it.each([
    [345_000_000, "3.45"],
    [300_000_000, "3"],
    [310_000_000, "3.1"],
    [344_999_999.99, "3.45"],
    [344_499_999.99, "3.44"],
    [344_500_000, "3.45"],
    [500_000, "0.01"],
    [499_999.99, "0"],
    [0, "0"],
  ])("%d 元 → %s 亿元 (四舍五入, trailing zeros dropped)", (amount, text) => {
    expect(formatYiYuan(yuan(amount))).toBe(text);
  });
});
