import { assertFen } from "./fen";

/**
 * An amount in a larger unit (万元, 亿元) rounded half up (四舍五入) to hundredths of that unit, as an
 * integer count of them. Integer arithmetic, so 14,950 元 gives 1.50 万元 and not 1.49 from a float
 * like 1.4949999. Negative amounts round symmetrically.
 */
export function roundedHundredths(fen: number, fenPerHundredth: number): number {
  assertFen(fen);
  const abs = Math.abs(fen);
  const rounded = Math.floor(abs / fenPerHundredth) + (abs % fenPerHundredth >= fenPerHundredth / 2 ? 1 : 0);
  return fen < 0 ? -rounded : rounded;
}

/** Hundredths as text with trailing zeros dropped: 610 → "6.1", 700 → "7", 143 → "1.43". */
export function formatHundredths(hundredths: number): string {
  if (hundredths === 0) return "0";
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const fraction = (abs % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return `${sign}${Math.floor(abs / 100)}${fraction ? "." + fraction : ""}`;
}
