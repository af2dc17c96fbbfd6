import { formatHundredths, roundedHundredths } from "./hundredths";

/** 0.01 亿元 = 1,000,000 元 = 100,000,000 fen. */
const FEN_PER_HUNDREDTH_YI = 100_000_000;

/** The amount in 亿元 as an integer count of 0.01 亿元 (四舍五入). */
export function yiYuanHundredths(fen: number): number {
  return roundedHundredths(fen, FEN_PER_HUNDREDTH_YI);
}

/** 345,000,000 元 → "3.45" (written 3.45亿元, never 3亿4500万元); yuan ÷ 10⁸, 四舍五入, at most two decimals. */
export function formatYiYuan(fen: number): string {
  return formatHundredths(yiYuanHundredths(fen));
}
