import type { CellValue } from "../cell";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import { lostDigits } from "./lost-digits";

/** What is wrong with an account cell, if anything. */
export type AccountCheck = "ok" | "empty" | "numeric-lost" | "chars" | "length" | "luhn";

/**
 * Bank cards are 16–19 digits with a Luhn check digit (some UnionPay cards fail it, hence only a
 * warning). Passbook (存折) numbers follow no public format and are checked only for lost digits.
 */
export function checkAccount(value: CellValue | undefined, text: string, passbook: boolean): AccountCheck {
  if (text === "") return "empty";
  if (lostDigits(value, text)) return "numeric-lost";
  if (passbook) return "ok";
  // Plain digits, the usual case, are scanned once for both their being digits and their Luhn sum.
  let digits = text;
  let sum = luhnSum(digits);
  if (sum < 0) {
    digits = withoutSpaces(toHalfWidth(text));
    sum = luhnSum(digits);
    if (sum < 0) return "chars";
  }
  if (digits.length < 16 || digits.length > 19) return "length";
  return sum % 10 === 0 ? "ok" : "luhn";
}

/** The Luhn sum of the digits (every second one from the right doubled), or -1 when text holds anything but digits. */
function luhnSum(text: string): number {
  let sum = 0;
  for (let i = text.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}
