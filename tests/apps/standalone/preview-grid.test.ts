import { BatchedPreviewGrid, previewOfGrid } from "../../../src/apps/standalone/preview-grid";
import type { CellValue } from "../../../src/core/cell";

describe("the preview's rows as the reading worker sends them", () => {
  it("gives every row back from JSON batches, as the grid held it", () => {
    const rows: CellValue[][] = Array.from({ length: 25 }, (_, i) => (i % 7 === 3 ? [] : [`职工${i}`, i * 100.5, i % 2 === 0, null, { error: "#N/A" }]));
    const batched = new BatchedPreviewGrid(rows.length, 5, 3, 1, 10);
    for (let at = 0; at < rows.length; at += 10) batched.addBatch(JSON.stringify(rows.slice(at, at + 10)));
    const inMemory = previewOfGrid({ name: "名单", rows, firstRow: 3, firstColumn: 1, hiddenRows: [] });
    expect(Array.from({ length: 25 }, (_, i) => batched.row(i))).toEqual(Array.from({ length: 25 }, (_, i) => inMemory.row(i)));
    expect([inMemory.rowCount, inMemory.columnCount]).toEqual([25, 5]);
    expect(batched.row(99)).toEqual([]);
  });
});
