import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { MAX_PAYLOAD_BYTES } from "../../fakes/in-memory-excel";
import { generateRoster } from "../../fakes/generate-roster";
import { excelHostWith, ROSTER } from "./harness";

const FOUR_MB = 4 * 1024 * 1024;

describe("Excel host: check", () => {
  it("reports exactly what the core reports for the same grid, hidden rows, formulas and errors included", async () => {
    const roster = generateRoster(400, { defectRate: 0.2 });
    const { host, model } = excelHostWith(roster.rows);
    const sheet = model.sheet(ROSTER)!;
    sheet.hiddenRows.add(10).add(11);
    sheet.setFormula(12, 10, "=1000+500"); // cached result 1500 stays in values
    sheet.setValue(13, 10, { error: "#N/A" });
    const grid = roster.rows.map((row) => [...row]);
    grid[12][9] = { error: "#N/A" };

    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    const expected = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: ROSTER, rows: grid, hiddenRows: [10, 11] });

    expect(result.issues.length).toBeGreaterThan(40);
    expect(result.issues).toEqual(expected.issues);
    expect(result.hiddenRowNumbers).toEqual([10, 11]);
    expect(result.total).toEqual(expected.total);
  });

  it("finds a table that starts away from A1", async () => {
    const roster = generateRoster(50, { defectRate: 0.3 });
    const { host } = excelHostWith([[], [], ...roster.rows.map((row) => [null, null, ...row])]);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    const expected = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: ROSTER, rows: roster.rows, firstRow: 3, firstColumn: 3 });
    expect(result.issues.map((issue) => issue.cell)).toEqual(expected.issues.map((issue) => issue.cell));
    expect(result.issues[0].cell).toMatch(/^[C-P]/);
  });

  it("names a missing sheet and an empty sheet in the clerk's words", async () => {
    const { host, model } = excelHostWith([["x"]]);
    model.addSheet("空白");
    await expect(host.check(SONGWENNUAN_TEMPLATE, "不存在")).rejects.toMatchObject({ code: "sheet-not-found" });
    await expect(host.check(SONGWENNUAN_TEMPLATE, "空白")).rejects.toMatchObject({ code: "header-not-found" });
  });

  it.each([
    [1_000, 2],
    [10_000, 2],
    [100_000, 9],
  ])("checks %i rows in %i syncs, every request and response under 4 MB", async (households, syncs) => {
    const { host, stats } = excelHostWith(generateRoster(households).rows);
    const progress: number[] = [];
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER, (p) => progress.push(p.rowsRead));
    expect(result.dataRows).toBe(households);
    expect(stats.syncs).toBe(syncs);
    expect(Math.max(...stats.requestBytes)).toBeLessThan(FOUR_MB);
    expect(Math.max(...stats.responseBytes)).toBeLessThan(FOUR_MB);
    expect(progress[progress.length - 1]).toBe(households + 3);
  });

  it("halves a block that Excel rejects as too large instead of failing", async () => {
    const long = "很长的备注".repeat(4000); // 60 KB of UTF-8 per cell
    const rows = generateRoster(200).rows.map((row, i) => (i >= 2 && i < 202 ? [...row, long] : row));
    const { host, stats } = excelHostWith(rows);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(result.dataRows).toBe(200);
    expect(Math.max(...stats.responseBytes.slice(-1))).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(stats.responseBytes.some((bytes) => bytes > MAX_PAYLOAD_BYTES)).toBe(true);
  });
});
