import type { CellValue } from "../cell";

/**
 * Excel keeps 15 significant digits: below 10^15 every whole number is exact, so an old 15-digit
 * ID typed as a number has lost nothing; from there on the tail is already zeros.
 */
const EXACT_LIMIT = 1e15;

/** 6.21102E+17: a long number as Excel shows it, and as it writes it to a CSV. */
const E_NOTATION = /^\d(?:\.\d+)?E\+?\d+$/i;

/** An ID or account whose digits are gone: a number past 15 digits, or the E-notation text a CSV keeps of one. */
export function lostDigits(value: CellValue | undefined, text: string): boolean {
  if (typeof value === "number") return !Number.isInteger(value) || Math.abs(value) >= EXACT_LIMIT;
  // E-notation has "." or "E" second: the IDs and cards of every row are told so without running the pattern.
  const second = text.charCodeAt(1);
  return (second === 46 /* . */ || second === 69 /* E */ || second === 101 /* e */) && E_NOTATION.test(text);
}

/**
 * The cell as the clerk sees it in Excel, so a message can point at it: a number in the General
 * format's E-notation (6.52201E+17), text as typed. Nothing personal is left in either.
 */
export function asWritten(value: CellValue | undefined, text: string): string {
  if (typeof value !== "number" || Math.abs(value) < EXACT_LIMIT) return text;
  return Number(value.toPrecision(6)).toExponential().replace("e", "E");
}
