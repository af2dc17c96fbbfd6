/**
 * A 53-bit digest of a text (cyrb53) in base 36: eleven characters that tell a text from any
 * other for practical purposes. For remembering what was written (a note's text in the marks
 * ledger) or comparing long text (a row of a read-back copy) without keeping it.
 */
export function textDigest(text: string): string {
  return digestNumber(text).toString(36);
}

export function digestNumber(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
