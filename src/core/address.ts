/** A1 addresses in the sheet's own numbering (row and column are 1-based). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** "AB" → 28; the inverse of columnLetters (letters of either case). */
export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + ((letters.charCodeAt(i) & ~0x20) - 64);
  return column;
}
