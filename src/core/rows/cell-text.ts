import type { CellValue } from "../cell";

/**
 * The text a clerk sees in a cell, trimmed; a fraction to Excel's 15 significant digits, so a
 * formula's binary noise (0.1 + 0.2) reads as Excel shows it. Adapters promise CellValue, but a sparse row array
 * yields undefined and a hostile sheet anything: nothing here may throw.
 */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return trimmed(value);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "object" ? String((value as { error?: unknown }).error ?? "") : "";
}

/**
 * value.trim(), told without the call when both ends are plainly no space: every cell of every row
 * is read through here, and String.prototype.trim was a tenth of reading a row.
 */
function trimmed(value: string): string {
  const last = value.length - 1;
  return last >= 0 && neverSpace(value.charCodeAt(0)) && neverSpace(value.charCodeAt(last)) ? value : value.trim();
}

/** A code unit outside every range trim() strips (\s: ASCII spaces and controls, U+00A0, U+1680, U+2000–U+2029, U+202F, U+205F, U+3000, U+FEFF). */
function neverSpace(code: number): boolean {
  return (code > 0x20 && code < 0xa0) || (code > 0x3000 && code < 0xfeff);
}

/**
 * Full-width ASCII (Ａ１２，) and the ideographic space become half-width. Returns the same
 * string when there is nothing to convert, so the common case allocates nothing.
 */
export function toHalfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Text with every space and line break removed: 合　计, 姓\n名 and 张 三 are what clerks type. */
export function withoutSpaces(text: string): string {
  return text.replace(WHITESPACE, "");
}
