/** C0 controls, DEL and C1 controls: what a terminal may take for a command (ESC, CSI, BEL, CR…). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from a workbook or a file name as a terminal may show it: every control character as
 * `\x1b`, so a cell cannot move the cursor, recolour or overwrite the verdict, or add a line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => "\\x" + char.charCodeAt(0).toString(16).padStart(2, "0"));
}
