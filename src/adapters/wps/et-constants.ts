/**
 * ET enumeration values, shipped as numbers: the JS API has no enum objects (the official samples
 * define them by hand too). Values as in VBA's Excel library, which the ET reference follows.
 */
export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const XL_CELL_TYPE_VISIBLE = 12;
/** SpecialCells: the cells that carry any data validation. */
export const XL_CELL_TYPE_ALL_VALIDATION = -4174;
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_VERY_HIDDEN = 2;

/** Validation.Add's Type. */
export const XL_VALIDATE_INPUT_ONLY = 0;
export const XL_VALIDATE_DECIMAL = 2;
export const XL_VALIDATE_LIST = 3;
export const XL_VALIDATE_TEXT_LENGTH = 6;
/** Validation.Add's AlertStyle. */
export const XL_VALID_ALERT_STOP = 1;
export const XL_VALID_ALERT_WARNING = 2;
/** Validation.Add's Operator. */
export const XL_BETWEEN = 1;
export const XL_EQUAL = 3;

/** wps.CreateTaskPane's DockPosition: docked right. */
export const MSO_CT_POSITION_RIGHT = 2;

/** `#RRGGBB` as the BGR long Interior.Color takes. */
export function bgrOf(hex: string): number {
  const rgb = Number.parseInt(hex.replace("#", ""), 16);
  return ((rgb >> 16) & 255) + ((rgb >> 8) & 255) * 256 + (rgb & 255) * 65536;
}

/** A BGR long as `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const r = bgr & 255;
  const g = (bgr >> 8) & 255;
  const b = (bgr >> 16) & 255;
  return `#${[r, g, b].map((part) => part.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}
