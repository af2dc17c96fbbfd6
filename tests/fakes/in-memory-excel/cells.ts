import { cellCount, MAX_ADDRESS_CHARS, parseArea, type Rect } from "./a1";
import { OfficeError } from "./office-error";
import { MAX_CELLS_READ } from "./request-context";
import type { ModelValue, SheetModel } from "./workbook-model";

/** The cells a range or range-areas proxy points at, resolved at sync time. */
export interface CellTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

export function* eachCell(rects: readonly Rect[]): Generator<[number, number]> {
  for (const rect of rects) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) yield [row, column];
    }
  }
}

/** Parses one or many comma-separated areas, enforcing Excel's address-length limit. */
export function parseAddressList(address: string): Rect[] {
  if (address.length > MAX_ADDRESS_CHARS) {
    throw new OfficeError("InvalidArgument", `The address is ${address.length} characters long; the limit is ${MAX_ADDRESS_CHARS}.`);
  }
  return address.split(",").map((part) => {
    const rect = parseArea(part);
    if (!rect) throw new OfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: '${part}'.`);
    return rect;
  });
}

export function assertReadable(rect: Rect): void {
  if (cellCount(rect) > MAX_CELLS_READ) {
    throw new OfficeError("RangeExceedsLimit", `The cell count in the range (${cellCount(rect)}) has exceeded the maximum supported number.`);
  }
}

export function assertWritable(sheet: SheetModel, formatting = false): void {
  const { protection } = sheet;
  if (protection.protected && !(formatting && protection.allowFormatCells)) {
    throw new OfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
  }
}

/** What Office.js returns in `values` for a stored value: "" for empty, the literal for an error. */
export function excelValue(value: ModelValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  return typeof value === "object" ? value.error : value;
}

export function valueType(value: ModelValue | undefined): Excel.RangeValueType {
  if (value === undefined || value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "object") return "Error" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}
