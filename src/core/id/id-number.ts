import type { CellValue } from "../cell";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";
import { lostDigits } from "./lost-digits";

/** What is wrong with an ID cell, if anything. */
export type IdCheck = "ok" | "empty" | "legacy" | "numeric" | "chars" | "length" | "area" | "birth-date" | "future" | "check-char";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
/** First two digits: provinces (GB/T 2260), 71 台湾, 81 香港, 82 澳门, 83 台湾居民居住证, 91 外国人永久居留. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91]);

/** IDs compare as text: half-width, no spaces, upper-case X (never as numbers: Excel's 15 digits). */
export function normalizeIdNumber(text: string): string {
  if (isPlainId(text)) return text;
  const folded = withoutSpaces(toHalfWidth(text));
  return folded.endsWith("x") ? folded.slice(0, -1) + "X" : folded;
}

/**
 * A valid 15-digit ID as the 18-digit one the same person holds now: 19 goes before the two-digit
 * year and the check character is computed (GB 11643-1999).
 */
export function upgradeLegacyId(id15: string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return body + CHECK_CHARS[weightedSum(body) % 11];
}

/** "today" as yyyymmdd, for comparing birth dates without Date objects per row. */
export function dateKey(date: Date): number {
  return date.getFullYear() * 10000 + (date.getMonth() + 1) * 100 + date.getDate();
}

/**
 * GB 11643-1999: 6-digit area, 8-digit birth date (real, not after today), 3-digit sequence,
 * check character "10X98765432"[Σ aᵢ·Wᵢ mod 11]. A number past 15 digits has already lost its
 * tail; an old 15-digit ID typed as a number is whole and read as text.
 */
export function checkIdNumber(value: CellValue | undefined, normalized: string, todayKey: number): IdCheck {
  if (normalized === "") return "empty";
  if (lostDigits(value, normalized)) return "numeric";
  const length = normalized.length;
  if (length === 15) {
    if (!allDigits(normalized, 15)) return "chars";
    return areaAndBirth(normalized, 1900_00_00 + digitsValue(normalized, 6, 12), todayKey) ?? "legacy";
  }
  if (length !== 18) return allDigits(normalized, length) ? "length" : "chars";
  const last = normalized.charCodeAt(17);
  // One pass over the 17 digits both tells they are digits and sums them for the check character.
  const weighted = weightedSum(normalized);
  if (weighted < 0 || !(isDigit(last) || last === 88 /* X */)) return "chars";
  const wrong = areaAndBirth(normalized, digitsValue(normalized, 6, 14), todayKey);
  if (wrong !== null) return wrong;
  return CHECK_CHARS.charCodeAt(weighted % 11) === last ? "ok" : "check-char";
}

/** Σ aᵢ·Wᵢ over the first 17 characters (mod 11, the check character's place in CHECK_CHARS), or -1 when one is not a digit. */
function weightedSum(id: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = id.charCodeAt(i);
    if (!isDigit(code)) return -1;
    sum += (code - 48) * WEIGHTS[i];
  }
  return sum;
}

function areaAndBirth(id: string, birth: number, todayKey: number): IdCheck | null {
  if (!PROVINCES.has(digitsValue(id, 0, 2))) return "area";
  if (!isRealDate(birth)) return "birth-date";
  return birth > todayKey ? "future" : null;
}

function isRealDate(key: number): boolean {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Digits with at most a final upper-case X: already normalised, the usual case. */
function isPlainId(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i < last; i++) if (!isDigit(text.charCodeAt(i))) return false;
  const code = text.charCodeAt(last);
  return isDigit(code) || code === 88;
}

/** The number the digits text[from … to) write, read in place: Number(text.slice(…)) made a string per ID. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function allDigits(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
