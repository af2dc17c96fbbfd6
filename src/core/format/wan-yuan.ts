import { assertFen } from "./fen";

/** 0.01 万元 = 100 元 = 10,000 fen. */
const FEN_PER_HUNDREDTH_WAN = 10_000;

/**
 * The amount in 万元 rounded half up (四舍五入) to hundredths, as an integer count of 0.01 万元.
 * Integer arithmetic, so 14,950 元 gives 150 and not 149 from a float like 1.4949999.
 * Negative amounts round symmetrically (−14,950 元 → −150).
 */
export function wanYuanHundredths(fen: number): number {
  assertFen(fen);
  const abs = Math.abs(fen);
  const rounded = Math.floor(abs / FEN_PER_HUNDREDTH_WAN) + (abs % FEN_PER_HUNDREDTH_WAN >= FEN_PER_HUNDREDTH_WAN / 2 ? 1 : 0);
  return fen < 0 ? -rounded : rounded;
}

/** Hundredths of 万元 as text with trailing zeros dropped: 610 → "6.1", 700 → "7", 143 → "1.43". */
export function formatHundredths(hundredths: number): string {
  if (hundredths === 0) return "0";
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const fraction = (abs % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return `${sign}${Math.floor(abs / 100)}${fraction ? "." + fraction : ""}`;
}

/** 61,000 元 → "6.1"; 14,250 元 → "1.43"; 274,000 元 → "27.4" (yuan ÷ 10,000, 四舍五入, at most two decimals). */
export function formatWanYuan(fen: number): string {
  return formatHundredths(wanYuanHundredths(fen));
}
