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
  const digits = onlyDigits(text) ? text : withoutSpaces(toHalfWidth(text));
  if (!onlyDigits(digits)) return "chars";
  if (digits.length < 16 || digits.length > 19) return "length";
  return passesLuhn(digits) ? "ok" : "luhn";
}

function onlyDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
