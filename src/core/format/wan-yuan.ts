import { formatHundredths, roundedHundredths } from "./hundredths";

/** 0.01 万元 = 100 元 = 10,000 fen. */
const FEN_PER_HUNDREDTH_WAN = 10_000;

/** The amount in 万元 as an integer count of 0.01 万元 (四舍五入). */
export function wanYuanHundredths(fen: number): number {
  return roundedHundredths(fen, FEN_PER_HUNDREDTH_WAN);
}

/** 61,000 元 → "6.1"; 14,250 元 → "1.43"; 274,000 元 → "27.4" (yuan ÷ 10,000, 四舍五入, at most two decimals). */
export function formatWanYuan(fen: number): string {
  return formatHundredths(wanYuanHundredths(fen));
}
