import type { CellValue } from "../../../src/core/cell";
import { findTotalLabel, isFooterRow } from "../../../src/core/rows/classify-row";

const row = (cells: CellValue[]) => ({ rowNumber: 9, cells, firstColumn: 1, hidden: false });

describe("isFooterRow", () => {
  it.each(["填表人：王芳", "审核人:李强", "制表：张", "填报日期：2025年1月", "注：慰问金已发放", "  填 表 人：王芳"])("%j ends the table", (text) => {
    expect(isFooterRow(row([null, text]))).toBe(true);
  });

  it("is not fooled by a data row or a remark", () => {
    expect(isFooterRow(row([1, "地直", "张三", "注：已核实"]))).toBe(false);
    expect(isFooterRow(row(["地直", "审计局职工"]))).toBe(false);
  });
});

describe("findTotalLabel", () => {
  it("finds 小计 in any label cell and the region it names", () => {
    expect(findTotalLabel(row([null, "地直小计", null, 2500]), [4])).toMatchObject({ kind: "subtotal", namedRegion: "地直", column: 2 });
    expect(findTotalLabel(row(["小 计", "伊吾县"]), [])).toMatchObject({ kind: "subtotal", namedRegion: "" });
  });

  it.each(["合计", "合　计", "总计", "共计"])("%j is a grand total", (label) => {
    expect(findTotalLabel(row([label, null, 100]), [3])?.kind).toBe("grand");
  });

  it("ignores the given columns and ordinary text", () => {
    expect(findTotalLabel(row(["地直", "张三", "合计"]), [3])).toBeNull();
    expect(findTotalLabel(row(["地直", "统计局"]), [])).toBeNull();
  });
});
