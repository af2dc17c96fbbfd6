import { columnLetters } from "../../../src/core/address";

/** A rectangle of cells, 1-based and inclusive, as the fake stores it. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's address-string limit: longer strings are rejected. */
export const MAX_ADDRESS_CHARS = 8192;

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Drops a `Sheet1!` or `'My sheet'!` prefix; the fake resolves ranges on the sheet asked. */
function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Parses `H12`, `$A$1:$N$9`, `A:C` or `3:5`; returns null for anything else. */
export function parseArea(address: string): Rect | null {
  const text = withoutSheet(address.trim()).replace(/\$/g, "");
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (cells) {
    const [, c0, r0, c1 = c0, r1 = r0] = cells;
    return normalise(Number(r0), columnNumber(c0), Number(r1), columnNumber(c1));
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns) return normalise(1, columnNumber(columns[1]), MAX_ROW, columnNumber(columns[2]));
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return normalise(Number(rows[1]), 1, Number(rows[2]), MAX_COLUMN);
  return null;
}

function normalise(r0: number, c0: number, r1: number, c1: number): Rect | null {
  const rect = { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
  const inside = rect.top >= 1 && rect.left >= 1 && rect.bottom <= MAX_ROW && rect.right <= MAX_COLUMN;
  return inside ? rect : null;
}

export function rectAddress(sheet: string, rect: Rect): string {
  const from = columnLetters(rect.left) + rect.top;
  const to = columnLetters(rect.right) + rect.bottom;
  return `${quoteSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}
