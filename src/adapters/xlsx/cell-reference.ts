/** Excel's grid: columns A…XFD, rows 1…1,048,576. Anything beyond is not a cell Excel can hold. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/**
 * "AB12" → column 28, row 12, read from the attribute's bytes without making a string; the
 * inverse of core/address.ts's cellAddress. `read` returns false for anything that is not a
 * reference inside Excel's grid (no letters, too many, "JAAAAA1"), so the caller stops before
 * sizing anything by it.
 */
export class CellReference {
  column = 0;
  row = 0;

  read(b: Uint8Array, start: number, end: number): boolean {
    let at = start;
    let column = 0;
    for (; at < end; at++) {
      const letter = b[at] & ~0x20; // upper-case ASCII letters
      if (letter < 65 || letter > 90) break;
      column = column * 26 + (letter - 64);
      if (column > MAX_COLUMN) return false;
    }
    const row = readRowNumber(b, at, end);
    if (column === 0 || row === 0) return false;
    this.column = column;
    this.row = row;
    return true;
  }
}

/** "AB12" → column 28, row 12, from a string (the writer's cell addresses); a reference is trusted here. */
export function cellAddressParts(reference: string): { row: number; column: number } {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const letter = reference.charCodeAt(at) & ~0x20; // upper-case ASCII letters
    if (letter < 65 || letter > 90) break;
    column = column * 26 + (letter - 64);
  }
  return { row: Number(reference.slice(at)), column };
}

/** The decimal row number in b[start, end), or 0 when it is not one inside the grid. */
export function readRowNumber(b: Uint8Array, start: number, end: number): number {
  return readDecimal(b, start, end, MAX_ROW);
}

/** The unsigned decimal in b[start, end), or 0 when it is empty, not digits or above `max`. */
export function readDecimal(b: Uint8Array, start: number, end: number, max: number): number {
  if (start === end) return 0;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = b[at] - 48;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
    if (value > max) return 0;
  }
  return value;
}
