import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { startCheck } from "../../../src/core/check/check-session";
import { parseMergedRange, type MergedRange } from "../../../src/core/check/merged-ranges";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, TODAY, flagged, person } from "./roster-fixture";

/** "B2:B5" → the area, for writing merges the way a clerk sees them. */
function merged(...addresses: string[]): MergedRange[] {
  return addresses.map((address) => parseMergedRange(address)!);
}

function checkMerged(rows: CellValue[][], merges: MergedRange[]) {
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, merges });
}

/** 地区 typed once per block in a cell merged down over it: only the top cell holds the value. */
const BLOCKS: CellValue[][] = [
  person({ region: "城关镇", amount: 1000 }, 0), // row 2
  person({ region: null, amount: 1000 }, 1),
  person({ region: null, amount: 1200 }, 2),
  person({ region: "地直", amount: 1000 }, 3), // row 5
  person({ region: null, amount: 1500 }, 4),
];

describe("merged cells", () => {
  it("reads a region merged over a block on every row of it: no 地区 missing, right subtotals", () => {
    const result = checkMerged(BLOCKS, merged("B2:B4", "B5:B6"));
    expect(flagged(result, "required-missing")).toEqual([]);
    expect(result.regions).toEqual([
      { region: "城关镇", households: 3, modelWorkers: 0, amountFen: 320000 },
      { region: "地直", households: 2, modelWorkers: 0, amountFen: 250000 },
    ]);
  });

  it("still flags 地区 missing without the merges (the cells below the top are empty)", () => {
    expect(flagged(checkMerged(BLOCKS, []), "required-missing")).toEqual(["B3 required-missing", "B4 required-missing", "B6 required-missing"]);
  });

  it("reads the region of a 小计 row the merge also covers, and checks it against that region", () => {
    const rows = [...BLOCKS.slice(0, 3), [null, null, "小计", null, null, null, null, null, 2000]];
    const result = checkMerged(rows, merged("B2:B5"));
    expect(result.totalRowNumbers).toEqual([5]);
    const mismatch = result.issues.filter((issue) => issue.code === "total-mismatch");
    expect(mismatch.map((issue) => [issue.cell, issue.params.scope])).toEqual([["I5", "城关镇"]]);
  });

  it("points an issue about a merged value at each row's own cell", () => {
    const rows = [person({ amount: "一千块" }, 0), person({ amount: null }, 1), person({ amount: null }, 2)];
    expect(flagged(checkMerged(rows, merged("I2:I4")), "amount-invalid")).toEqual(["I2 amount-invalid", "I3 amount-invalid", "I4 amount-invalid"]);
  });

  it("does not turn empty lines under a merge that runs past the last person into data rows", () => {
    const rows = [...BLOCKS.slice(0, 3), [4], [], [5]];
    const result = checkMerged(rows, merged("B2:B7"));
    expect(result.dataRowNumbers).toEqual([2, 3, 4]);
    expect(result.issues).toEqual([]);
  });

  it("lends nothing from a merge that starts in the header", () => {
    const rows = [person({ region: null }, 0), person({ region: null }, 1)];
    expect(flagged(checkMerged(rows, merged("B1:B3")), "required-missing")).toEqual(["B2 required-missing", "B3 required-missing"]);
  });

  it("gives the same result streamed (with gaps, past the header window, offset columns) as checkGrid", () => {
    const grid: CellValue[][] = [["标题"], [], HEADER];
    for (let i = 0; i < 60; i++) grid.push(i % 10 === 0 ? person({ region: `镇${i}` }, i) : i % 10 === 7 ? [] : person({ region: null }, i));
    // Regions merged in blocks of ten from row 4, the block over the 30-row window included.
    const merges = Array.from({ length: 6 }, (_, b) => ({ top: 4 + 10 * b, left: 4, bottom: 13 + 10 * b, right: 4 }));
    const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: "s", today: TODAY, merges });
    grid.forEach((cells, i) => {
      if (cells.length > 0) session.pushRow(i + 1, cells, 3);
    });
    const streamed = session.finish();
    expect(streamed).toEqual(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: grid, firstColumn: 3, today: TODAY, merges }));
    expect(streamed.regions.map((tally) => [tally.region, tally.households])).toEqual([0, 10, 20, 30, 40, 50].map((i) => [`镇${i}`, 9]));
    expect(flagged(streamed, "required-missing")).toEqual([]);
  });
});

describe("parseMergedRange", () => {
  it("reads the forms xlsx files and Excel give", () => {
    expect(parseMergedRange("B5:B9")).toEqual({ top: 5, left: 2, bottom: 9, right: 2 });
    expect(parseMergedRange("'送温暖 花名册'!$AA$10:$AB$12")).toEqual({ top: 10, left: 27, bottom: 12, right: 28 });
    expect(parseMergedRange("c3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseMergedRange("B:B")).toBeNull();
  });
});
