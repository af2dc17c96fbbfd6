import type { CellValue } from "../cell";

/**
 * The text a clerk sees in a cell, trimmed; a fraction to Excel's 15 significant digits, so a
 * formula's binary noise (0.1 + 0.2) reads as Excel shows it. Adapters promise CellValue, but a sparse row array
 * yields undefined and a hostile sheet anything: nothing here may throw.
 */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "object" ? String((value as { error?: unknown }).error ?? "") : "";
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
