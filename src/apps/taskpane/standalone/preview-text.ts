import { isCellError, type CellValue } from "../../../core/cell";
import { maskNumberRuns } from "../../../core/format/mask";

/** IDs, cards, passbooks and phones anywhere in a cell (grouped or not) are never shown in full on screen. */
export function previewText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  return maskNumberRuns(String(value));
}
