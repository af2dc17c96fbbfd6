import { checkGrid } from "../../../src/core/check/check-grid";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { MAX_PAYLOAD_BYTES } from "../../fakes/in-memory-excel";
import { generateRoster, ROSTER_HEADER } from "../../fakes/generate-roster";
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

  // One sync for the used range, one per block, one for the amount formats and merges of the first.
  it.each([
    [1_000, 3],
    [10_000, 3],
    [100_000, 10],
  ])("checks %i rows in %i syncs, every request and response under 4 MB", async (households, syncs) => {
    const { host, stats } = excelHostWith(generateRoster(households).rows);
    const progress: number[] = [];
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER, { onProgress: (p) => progress.push(p.rowsRead) });
    expect(result.dataRows).toBe(households);
    expect(stats.syncs).toBe(syncs);
    expect(Math.max(...stats.requestBytes)).toBeLessThan(FOUR_MB);
    expect(Math.max(...stats.responseBytes)).toBeLessThan(FOUR_MB);
    expect(progress[progress.length - 1]).toBe(households + 3);
  });

  it("flags a date typed into the amount column, in the first block and in later ones, as the .xlsx reader does", async () => {
    const roster = generateRoster(20_000);
    const { host, model } = excelHostWith(roster.rows);
    const sheet = model.sheet(ROSTER)!;
    const amountColumn = ROSTER_HEADER.indexOf("慰问金额（元）") + 1;
    for (const row of [5, 19_000]) {
      sheet.setValue(row, amountColumn, 45_677);
      sheet.setNumberFormat(row, amountColumn, "yyyy/m/d");
    }
    sheet.setNumberFormat(6, amountColumn, "#,##0.00\"元\"");

    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    const amountIssues = result.issues.filter((issue) => issue.field === "amount");
    // The 合计 row no longer adds up once two amounts are not amounts.
    expect(amountIssues.map((issue) => `${issue.row} ${issue.code}`)).toEqual(["5 amount-invalid", "19000 amount-invalid", "20003 total-mismatch"]);
    expect(amountIssues[0].shownValue).toBe("2025-01-20");
  });

  it("reads a 地区 merged over its block on every row where ExcelApi 1.13 reports merges", async () => {
    const roster = generateRoster(30);
    const regionColumn = ROSTER_HEADER.indexOf("地区") + 1;
    const merged = roster.rows.map((row, i) => (i >= 3 && i < 12 ? row.map((cell, c) => (c === regionColumn - 1 ? null : cell)) : row));
    const withMerges = excelHostWith(merged, { apiVersion: "1.13" });
    withMerges.model.sheet(ROSTER)!.merges.push({ top: 3, left: regionColumn, bottom: 12, right: regionColumn });
    const result = await withMerges.host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(result.issues.filter((issue) => issue.code === "required-missing")).toEqual([]);
    expect(result.issues).toEqual(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: ROSTER, rows: roster.rows }).issues);

    const older = excelHostWith(merged, { apiVersion: "1.12" });
    older.model.sheet(ROSTER)!.merges.push({ top: 3, left: regionColumn, bottom: 12, right: regionColumn });
    const withoutMerges = await older.host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(withoutMerges.issues.filter((issue) => issue.code === "required-missing")).toHaveLength(9);
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
