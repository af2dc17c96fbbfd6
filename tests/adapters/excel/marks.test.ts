import type { CheckResult, Issue } from "../../../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { cellAddress } from "../../../src/core/address";
import { MAX_ADDRESS_CHARS, MAX_PAYLOAD_BYTES } from "../../fakes/in-memory-excel";
import { generateRoster } from "../../fakes/generate-roster";
import { excelHostWith, ROSTER } from "./harness";

const RED = "#FFC7CE";
const AMBER = "#FFEB9C";

function issueAt(row: number, col: number, severity: Issue["severity"]): Issue {
  return {
    code: severity === "error" ? "id-invalid" : "phone-invalid",
    severity,
    row,
    col,
    cell: cellAddress(row, col),
    field: null,
    message: `第${row}行有问题`,
    messageEn: `Row ${row} has a problem`,
    params: {},
    shownValue: "",
  };
}

describe("Excel host: marking and clearing", () => {
  it("fills errors red and warnings amber, notes the message, and restores everything on clear", async () => {
    const roster = generateRoster(300, { defectRate: 0.3 });
    const { host, model } = excelHostWith(roster.rows);
    const sheet = model.sheet(ROSTER)!;
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    const [first, second] = result.issues;
    // The clerk's own formatting and note on flagged cells must come back exactly.
    sheet.setFill(first.row, first.col, { color: "#FFFF00", pattern: "Solid", patternColor: null });
    sheet.setFill(second.row, second.col, { color: "#00B0F0", pattern: "Gray25", patternColor: "#FF0000" });
    sheet.notes.set(first.cell, "已电话核实");
    sheet.setFormula(3, 10, "=1000+500");
    const before = model.snapshot(ROSTER);

    await host.markIssues(result);
    const errorCell = result.issues.find((issue) => issue.severity === "error")!;
    expect(sheet.fill(errorCell.row, errorCell.col)?.color).toBe(RED);
    const warningOnly = result.issues.find(
      (issue) => issue.severity === "warning" && !result.issues.some((other) => other.cell === issue.cell && other.severity === "error"),
    );
    if (warningOnly) expect(sheet.fill(warningOnly.row, warningOnly.col)?.color).toBe(AMBER);
    expect(sheet.notes.get(errorCell === first ? second.cell : errorCell.cell)).toContain(errorCell === first ? second.message : errorCell.message);
    expect(sheet.notes.get(first.cell)).toBe("已电话核实");

    await host.clearMarks();
    expect(model.snapshot(ROSTER)).toEqual(before);
  });

  it("marks again without stacking: a second run and one clear leave the sheet as it was", async () => {
    const { host, model } = excelHostWith(generateRoster(100, { defectRate: 0.3 }).rows);
    const before = model.snapshot(ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    await host.markIssues(result);
    await host.markIssues(result);
    await host.clearMarks();
    expect(model.snapshot(ROSTER)).toEqual(before);
    expect(model.xmlParts).toEqual([]);
  });

  it("keeps a note the clerk wrote where the add-in's had been, through 一键校验 again and 清除标记", async () => {
    const { host, model } = excelHostWith(generateRoster(60, { defectRate: 0.5 }).rows);
    const sheet = model.sheet(ROSTER)!;
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    await host.markIssues(result);
    const [replaced, edited] = [...new Set(result.issues.map((issue) => issue.cell))];
    sheet.notes.delete(replaced);
    sheet.notes.set(replaced, "已核实：外出务工，由村委会代为联系");
    sheet.notes.set(edited, `${sheet.notes.get(edited)}\n经办人补充：已改正`);

    await host.markIssues(result);
    expect(sheet.notes.get(replaced)).toBe("已核实：外出务工，由村委会代为联系");
    await host.clearMarks();
    expect(sheet.notes.get(replaced)).toBe("已核实：外出务工，由村委会代为联系");
    expect(sheet.notes.get(edited)).toContain("经办人补充：已改正");
    expect([...sheet.notes.keys()].sort()).toEqual([replaced, edited].sort());
  });

  it("clears marks made by another runtime (the ribbon button) because the record lives in the workbook", async () => {
    const { host, model, excel } = excelHostWith(generateRoster(50, { defectRate: 0.5 }).rows);
    const before = model.snapshot(ROSTER);
    await host.markIssues(await host.check(SONGWENNUAN_TEMPLATE, ROSTER));
    const { createExcelHost } = await import("../../../src/adapters/excel/excel-host");
    await createExcelHost({ run: excel.run, isSetSupported: () => true }).clearMarks();
    expect(model.snapshot(ROSTER)).toEqual(before);
  });

  it("adds no notes where Excel lacks the notes API (before ExcelApi 1.18)", async () => {
    const { host, model } = excelHostWith(generateRoster(50, { defectRate: 0.5 }).rows, { apiVersion: "1.9" });
    await host.markIssues(await host.check(SONGWENNUAN_TEMPLATE, ROSTER));
    expect(model.sheet(ROSTER)!.notes.size).toBe(0);
    expect(model.sheet(ROSTER)!.fills.size).toBeGreaterThan(0);
  });

  it("merges a marking into one undo step only where ExcelApi 1.20 allows it", async () => {
    const modern = excelHostWith(generateRoster(20, { defectRate: 0.5 }).rows, { apiVersion: "1.20" });
    await modern.host.markIssues(await modern.host.check(SONGWENNUAN_TEMPLATE, ROSTER));
    expect(modern.stats.runOptions.at(-1)).toEqual({ mergeUndoGroup: true });
    const older = excelHostWith(generateRoster(20, { defectRate: 0.5 }).rows, { apiVersion: "1.9" });
    await older.host.markIssues(await older.host.check(SONGWENNUAN_TEMPLATE, ROSTER));
    expect(older.stats.runOptions.at(-1)).toBeUndefined();
  });

  it("highlights 10,000 scattered cells in a handful of syncs, within Excel's request and address limits", async () => {
    const { host, model, stats } = excelHostWith(generateRoster(20_000).rows);
    const issues: Issue[] = [];
    for (let i = 0; i < 10_000; i++) issues.push(issueAt(3 + i * 2, 1 + ((i * 5) % 14), i % 3 ? "error" : "warning"));
    const result = { sheet: ROSTER, issues } as unknown as CheckResult;
    const before = model.snapshot(ROSTER);
    model.resetStats();

    await host.markIssues(result);
    const markSyncs = stats.syncs;
    expect(model.sheet(ROSTER)!.fills.size).toBe(10_000);
    expect(model.sheet(ROSTER)!.notes.size).toBe(10_000);
    expect(markSyncs).toBeLessThanOrEqual(10);
    expect(Math.max(...stats.requestBytes, ...stats.responseBytes)).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(Math.max(...stats.addresses.map((address) => address.length))).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);

    model.resetStats();
    await host.clearMarks();
    expect(stats.syncs).toBeLessThanOrEqual(10);
    expect(model.snapshot(ROSTER)).toEqual(before);
  });
});

describe("Excel host: protected sheet", () => {
  it("still checks, but refuses to mark with a clear message and changes nothing", async () => {
    const { host, model } = excelHostWith(generateRoster(50, { defectRate: 0.5 }).rows);
    model.sheet(ROSTER)!.protection = { protected: true, allowFormatCells: false };
    const before = model.snapshot(ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(result.issues.length).toBeGreaterThan(0);
    await expect(host.markIssues(result)).rejects.toMatchObject({ code: "sheet-protected", messageZh: expect.stringContaining("受保护") });
    expect(model.snapshot(ROSTER)).toEqual(before);
    expect(model.xmlParts).toEqual([]);
  });

  it("marks a protected sheet whose protection allows formatting cells", async () => {
    const { host, model } = excelHostWith(generateRoster(50, { defectRate: 0.5 }).rows, { apiVersion: "1.9" });
    model.sheet(ROSTER)!.protection = { protected: true, allowFormatCells: true };
    await host.markIssues(await host.check(SONGWENNUAN_TEMPLATE, ROSTER));
    expect(model.sheet(ROSTER)!.fills.size).toBeGreaterThan(0);
  });
});
