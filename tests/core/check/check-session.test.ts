import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { startCheck } from "../../../src/core/check/check-session";
import { ReportError } from "../../../src/core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, TODAY, checkRows, flagged, person } from "./roster-fixture";

describe("startCheck (streaming)", () => {
  it("gives the same result streamed with gaps as checkGrid on the full grid", () => {
    const rows: CellValue[][] = [["标题"], [], HEADER, person({ amount: "x" }, 0), [], [], person({ id: "" }, 1)];
    const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: "s", today: TODAY });
    rows.forEach((cells, i) => {
      if (cells.length > 0) session.pushRow(i + 1, cells);
    });
    expect(session.finish()).toEqual(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows, today: TODAY }));
  });

  it("knows the header once 30 rows are in, and keeps going past the window", () => {
    const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: "s", today: TODAY });
    session.pushRow(1, HEADER);
    expect(session.headerFound()).toBe(false);
    for (let row = 2; row <= 40; row++) session.pushRow(row, person({}, row));
    expect(session.headerFound()).toBe(true);
    expect(session.finish().dataRows).toBe(39);
  });

  it("reads cells offset by firstColumn and records hidden rows", () => {
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: [HEADER, person({ region: "" })], firstRow: 5, firstColumn: 3, hiddenRows: [6], today: TODAY });
    expect(flagged(result)).toEqual(["D6 required-missing"]);
    expect(result.hiddenRowNumbers).toEqual([6]);
  });

  it("names the sheet and the expected headers when there is none", () => {
    let error: unknown;
    try {
      checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "说明", rows: [["这是一份说明"], ["姓名", "备注"]] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("header-not-found");
    expect((error as ReportError).messageZh).toContain("工作表“说明”前30行中找不到表头");
    expect((error as ReportError).messageZh).toContain("第2行最像表头，但缺少 地区（可写作 地区/所属地区/");
  });

  it("does not look for the header below the first 30 rows", () => {
    const rows: CellValue[][] = [...Array.from({ length: 30 }, () => ["说明文字"]), HEADER, person()];
    expect(() => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows })).toThrow(ReportError);
  });
});

describe("table rows", () => {
  it("skips blank and 序号-only rows without ending the table", () => {
    const result = checkRows([person({}, 0), [], [7, null, null], [null, "  "], person({}, 1)]);
    expect(result.dataRowNumbers).toEqual([2, 6]);
  });

  it("skips the header repeated on a printed page, with its column numbers", () => {
    const result = checkRows([person({}, 0), HEADER, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], person({}, 1)]);
    expect(result.dataRowNumbers).toEqual([2, 5]);
    expect(result.issues).toEqual([]);
  });

  it("ignores everything after a footer line", () => {
    const result = checkRows([person({}, 0), ["填表人：王芳"], person({ region: "" }, 1)]);
    expect(result.dataRowNumbers).toEqual([2]);
    expect(result.issues).toEqual([]);
  });
});

describe("hostile cells", () => {
  const weird: CellValue[] = [true, false, { error: "#N/A" }, Number.NaN, Number.POSITIVE_INFINITY, "x".repeat(32767), "😀👨‍👩‍👧", "مرحبا", -0, "", null];

  it("never throws, keeps every issue inside the table and gives the same result twice", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 60; i++) {
      rows.push(HEADER.map((_, c) => weird[(i * 7 + c * 3) % weird.length]));
    }
    const grid = [HEADER, ...rows];
    const first = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: grid, today: TODAY });
    expect(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: grid, today: TODAY })).toEqual(first);
    const columns = Object.values(first.columns);
    for (const issue of first.issues) {
      expect(issue.row).toBeGreaterThan(first.headerRow);
      expect(issue.row).toBeLessThanOrEqual(first.lastRow);
      expect(columns).toContain(issue.col);
    }
    const sum = first.regions.reduce((fen, region) => fen + region.amountFen, 0);
    expect(sum).toBe(first.total.amountFen);
  });
});
