import { isCellError, type CellValue } from "../../../core/cell";
import { maskSensitive } from "../../../core/format/mask";

/** Long digit strings are IDs, cards, passbooks or phones: never shown in full on screen. */
const LOOKS_PERSONAL = /^[\d\s-]{11,}[\dXx]?$/;

export function previewText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  const text = String(value);
  return LOOKS_PERSONAL.test(text) ? maskSensitive(text) : text;
}
