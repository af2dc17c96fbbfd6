import fc from "fast-check";
import type { CellValue } from "../../src/core/cell";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";

/** Excel's longest cell text: built once, a generator would spend the time budget on it. */
const LONGEST = 32_767;
export const LONG_TEXT = "慰问".repeat(LONGEST / 2) + "金";
export const LONG_DIGITS = "6".repeat(LONGEST);

/** Valid GB 11643 numbers (domain notes and the core's fixtures). */
export const VALID_IDS = ["11010519491231002X", "440524188001010014", "34052419800101001X", "652201198001011235", "652201197506120045"];

/** Text a roster cell may hold that means nothing to the checker: emoji, RTL, controls, look-alikes. */
export const ODD_TEXT = [
  "👨‍👩‍👧‍👦",
  "😀张三",
  "مرحبا بالعالم",
  "\u202e三张",
  "שלום",
  "\u3000",
  "\u200b",
  "\ufeff",
  "2024-01-05",
  "2024/1/5",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "０１２３",
  "\n\r\t",
  "<script>alert(1)</script>",
  "=SUM(A1:A2)",
  "'00123",
  "\u0000",
  "x".repeat(300),
  LONG_TEXT,
  LONG_DIGITS,
  ...VALID_IDS,
  "6222021234567894",
  "13812345678",
];

export const EXCEL_ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"];

/** Words that change how a row is read: totals, footers, units, header aliases. */
export const STRUCTURE_WORDS = [
  "小计",
  "地直小计",
  "合计",
  "合　计",
  "总计",
  "共计",
  "填表人：王芳",
  "审核人：",
  "注：",
  "单位：万元",
  "单位：元",
  "(甲)",
  "(1)",
  ...SONGWENNUAN_TEMPLATE.fields.flatMap((field) => [field.label, ...field.aliases]),
];

const errorValue = fc.constantFrom(...EXCEL_ERRORS).map((error): CellValue => ({ error }));

const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e300, -1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 5e-324, 1e15, 652201198001011200, 0.285, 1e12),
);

/**
 * A cell no checker may choke on, minus the words that give a row structure: it cannot turn a
 * row into a total, a footer, a header or a unit line, so tests can say which rows are data.
 */
export const inertCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 3 },
  { arbitrary: oddNumber, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: errorValue, weight: 1 },
);

/** Anything at all, structure words included. */
export const anyCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { arbitrary: inertCell, weight: 6 },
  { arbitrary: fc.constantFrom(...STRUCTURE_WORDS), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
);

export function anyRow(maxWidth: number): fc.Arbitrary<(CellValue | undefined)[]> {
  return fc.array(anyCell, { maxLength: maxWidth });
}
