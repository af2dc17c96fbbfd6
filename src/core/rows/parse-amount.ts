import type { CellValue } from "../cell";
import type { AmountScale } from "../check/types";
import { toHalfWidth, withoutSpaces } from "./cell-text";

export type { AmountScale };

/** parseAmountFen's answer for an empty cell. */
export const AMOUNT_EMPTY = -1;
/** parseAmountFen's answer for anything that is not an amount. */
export const AMOUNT_INVALID = -2;

/** Larger than any roster total; keeps fen arithmetic inside safe integers. */
const MAX_YUAN = 1e12;

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMAS = /,/g;

/**
 * An amount cell as integer fen, 四舍五入 at the fen. `scale` is 10000 under a 万元 header.
 * Text may carry thousands separators, full-width digits, spaces, a leading ¥ or a trailing 元.
 * Negative amounts are not a payment and count as invalid.
 */
export function parseAmountFen(value: CellValue | undefined, scale: AmountScale): number {
  if (looksLikePersonalNumber(value)) return AMOUNT_INVALID;
  if (typeof value === "number") return numberToFen(value, scale);
  if (typeof value !== "string") return value === null || value === undefined ? AMOUNT_EMPTY : AMOUNT_INVALID;
  const text = withoutSpaces(toHalfWidth(value));
  if (text === "") return AMOUNT_EMPTY;
  return textToFen(text, scale);
}

/** A mobile number (1[3-9] and 9 digits) or an ID's 15 or 18 digits, typed as a whole number. */
const PERSONAL_NUMBER = /^(?:1[3-9]\d{9}|\d{15}|\d{17}[\dXx])$/;

/**
 * A money cell holding what looks like a phone or ID number: no household is paid 138 亿, so it is
 * no amount (an error, never a total) and is never published as one (the 公示 lists mask it).
 */
export function looksLikePersonalNumber(value: CellValue | undefined): boolean {
  // Every such number has 11 digits or more: a smaller one (any amount) is told without a string and a regex.
  if (typeof value === "number") return value >= 1e10 && Number.isInteger(value) && PERSONAL_NUMBER.test(String(value));
  return typeof value === "string" && PERSONAL_NUMBER.test(withoutSpaces(toHalfWidth(value)));
}

function numberToFen(value: number, scale: AmountScale): number {
  if (!(value >= 0) || value * scale > MAX_YUAN) return AMOUNT_INVALID;
  const fen = value * scale * 100;
  if (Number.isInteger(fen)) return fen;
  // 0.285 * 100 is 28.499999999999996: round the binary noise away before 四舍五入.
  return Math.round(Number(fen.toPrecision(15)));
}

function textToFen(raw: string, scale: AmountScale): number {
  let text = raw;
  if (text.endsWith("元")) text = text.slice(0, -1);
  if (text.startsWith("¥") || text.startsWith("￥")) text = text.slice(1);
  if (text.includes(",")) {
    if (!GROUPED.test(text)) return AMOUNT_INVALID;
    text = text.replace(COMMAS, "");
  } else if (!PLAIN.test(text)) {
    return AMOUNT_INVALID;
  }
  return decimalToFen(text, scale === 10000 ? 6 : 2);
}

/** Decimal text shifted `places` digits left, rounded half up, without binary floating point. */
function decimalToFen(text: string, places: number): number {
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? "" : text.slice(dot + 1);
  const digits = whole + fraction.padEnd(places, "0").slice(0, places);
  if (digits.length > 15) return AMOUNT_INVALID;
  const roundUp = fraction.length > places && fraction.charCodeAt(places) >= 53 /* '5' */;
  const fen = Number(digits) + (roundUp ? 1 : 0);
  return fen / 100 > MAX_YUAN ? AMOUNT_INVALID : fen;
}
