/**
 * Plain-text columns for a terminal. CJK characters take two cells, so widths are counted in
 * display cells, not characters, or Chinese headers would push the numbers out of line.
 */
export function textTable(rows: readonly (readonly (string | number)[])[], rightAligned: (column: number) => boolean): string[] {
  const texts = rows.map((row) => row.map(String));
  const widths: number[] = [];
  for (const row of texts) row.forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(text))));
  return texts.map((row) =>
    row
      .map((text, i) => {
        const padding = " ".repeat(widths[i] - displayWidth(text));
        return rightAligned(i) ? padding + text : text + padding;
      })
      .join("  ")
      .trimEnd(),
  );
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** East Asian wide and full-width ranges (CJK, Hangul, full-width forms, CJK punctuation). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
