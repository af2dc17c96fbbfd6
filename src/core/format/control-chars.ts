/**
 * C0 controls, DEL and C1 controls (what a terminal may take for a command: ESC, CSI, BEL, CR…),
 * and the invisible ones that change how a line reads: bidi embeddings, overrides and isolates
 * (a name that shows "xlsx.exe" backwards), marks, zero-width spaces and joiners, the BOM.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Text from a workbook, a file name or a pack's name as a terminal may show it: every control or
 * invisible character as `\x1b` / `\u202e`, so a cell cannot move the cursor, recolour or overwrite
 * the verdict, add a line, or show other text than it holds.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? "\\x" + code.toString(16).padStart(2, "0") : "\\u" + code.toString(16).padStart(4, "0");
  });
}
