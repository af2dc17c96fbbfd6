import { escapeControls } from "../../core/format/control-chars";
import { maskNumberRuns } from "../../core/format/mask";

/** Text from the workbook, its name or the clerk's files, as the terminal may show it. */
export function terminalText(text: string): string {
  return escapeControls(maskNumberRuns(text));
}
