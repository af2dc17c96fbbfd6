/** "AB12" → column 28, row 12; the inverse of core/address.ts's cellAddress. */
export function cellAddressParts(reference: string): { row: number; column: number } {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const code = reference.charCodeAt(at) & ~0x20; // upper-case ASCII letters
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return { row: Number(reference.slice(at)), column };
}
