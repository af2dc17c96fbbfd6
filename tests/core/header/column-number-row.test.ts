import type { CellValue } from "../../../src/core/cell";
import { isColumnNumberRow } from "../../../src/core/header/column-number-row";

const row = (cells: CellValue[]) => ({ rowNumber: 2, cells, firstColumn: 1, hidden: false });

describe("isColumnNumberRow", () => {
  it("recognises (甲)(乙)(1)(2)… and 1 2 3…", () => {
    expect(isColumnNumberRow(row(["(甲)", "（乙）", "(1)", "(2)", "(3)"]))).toBe(true);
    expect(isColumnNumberRow(row([1, 2, 3, 4, null, 5]))).toBe(true);
  });

  it("does not take a data row for one", () => {
    expect(isColumnNumberRow(row([1, "地直", "张三", 1000]))).toBe(false);
    expect(isColumnNumberRow(row([1, 5, 1000]))).toBe(false);
  });
});
