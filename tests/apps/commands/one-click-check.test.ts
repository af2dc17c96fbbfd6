import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { appendNotice, writeFailureNotice } from "../../../src/adapters/excel/results-sheets";
import { oneClickCheck } from "../../../src/apps/commands/one-click-check";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { generateRoster } from "../../fakes/generate-roster";
import { noRulesPack } from "../../hostile/generators/no-rules-pack";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function workbookWith(rows: Parameters<ReturnType<typeof createInMemoryExcel>["model"]["addGrid"]>[1]) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", rows);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
  const notices = { failed: (line: string) => writeFailureNotice(excel.run, line), partial: (sheet: string, line: string) => appendNotice(excel.run, sheet, line) };
  return { model: excel.model, run: () => oneClickCheck(host, notices) };
}

describe("ribbon 一键校验", () => {
  it("checks the active sheet, marks it and shows 校验结果 with no other click", async () => {
    const { model, run } = workbookWith(generateRoster(100, { defectRate: 0.3 }).rows);
    await run();
    expect(model.activeSheet).toBe("校验结果");
    expect(model.sheet("校验结果")!.value(1, 2)).toBe("单元格");
    expect(model.sheet("名单")!.fills.size).toBeGreaterThan(0);
  });

  it("uses the rules saved in the workbook", async () => {
    const { model, run } = workbookWith(generateRoster(30).rows);
    model.addXmlPart(
      "urn:baobiao-zhushou:settings:1",
      `<data xmlns="urn:baobiao-zhushou:settings:1">{"rules":{"archiveNoPattern":"^X\\\\d+$"}}</data>`,
    );
    await run();
    expect(model.sheet("校验结果")!.usedRect(true)!.bottom).toBeGreaterThan(1);
    expect(model.sheet("校验结果")!.value(2, 5)).toBe("档案编号格式不符");
    expect(model.sheet("校验结果")!.value(2, 6)).toBe("archive-no-format");
  });

  it("a saved form with 送温暖's id and no rules is not used: the bundled form checks, and a line under the results names what it drops", async () => {
    const { model, run } = workbookWith(generateRoster(100, { defectRate: 0.3 }).rows);
    model.addXmlPart("urn:baobiao-zhushou:settings:1", `<data xmlns="urn:baobiao-zhushou:settings:1">${escapeXml(JSON.stringify({ pack: noRulesPack() }))}</data>`);
    await run();
    const results = model.sheet("校验结果")!;
    const lines = Array.from({ length: results.usedRect(true)!.bottom }, (_, i) => String(results.value(i + 1, 1) ?? ""));
    expect(lines.filter((line) => line.startsWith("工作簿带有表式“送温暖慰问花名册”，未采用"))).toHaveLength(1);
    const codes = Array.from({ length: results.usedRect(true)!.bottom }, (_, i) => results.value(i + 1, 6));
    expect(codes).toContain("id-invalid");
  });

  it("uses the 列对应 saved in the workbook's settings sheet (a host that dropped the XML part)", async () => {
    const rows = generateRoster(30).rows.map((row, i) => (i === 1 ? row.map((cell) => (cell === "地区" ? "所属辖区" : cell)) : row));
    const { model, run } = workbookWith(rows);
    await run();
    const firstLine = Array.from({ length: 10 }, (_, i) => String(model.sheet("校验结果")!.value(2, i + 1) ?? "")).join(" ");
    expect(firstLine).toContain("column-missing");
    model.addSheet("报表助手设置").setValue(1, 1, `~${JSON.stringify({ savedAt: "2026-01-05T00:00:00.000Z", settings: { columnMap: { 所属辖区: "region" } } })}`);
    await run();
    expect(model.sheet("校验结果")!.value(1, 2)).toBe("单元格");
  });

  it("writes the reason into 校验结果 when the active sheet is no roster", async () => {
    const { model, run } = workbookWith([["随便写的"]]);
    await run();
    expect(model.activeSheet).toBe("校验结果");
    expect(String(model.sheet("校验结果")!.value(2, 1))).toMatch(/表头|header/);
  });

  it("still shows the results of a protected sheet, with a line saying why nothing was marked", async () => {
    const { model, run } = workbookWith(generateRoster(30, { defectRate: 0.5 }).rows);
    model.sheet("名单")!.protection = { protected: true, allowFormatCells: false };
    await run();
    const results = model.sheet("校验结果")!;
    const last = results.usedRect(true)!.bottom;
    expect(results.value(2, 2)).toMatch(/^[A-Z]+\d+$/);
    expect(String(results.value(last, 1))).toContain("受保护");
    expect(model.sheet("名单")!.fills.size).toBe(0);
  });
});

describe("ribbon 一键校验 on a workbook whose only roster is named 校验结果", () => {
  function rosterNamedResults() {
    const excel = createInMemoryExcel();
    excel.model.addGrid("校验结果", generateRoster(40, { defectRate: 0.3 }).rows);
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
    const notices = {
      failed: (line: string) => writeFailureNotice(excel.run, line),
      partial: (sheet: string, line: string) => appendNotice(excel.run, sheet, line),
    };
    return { model: excel.model, run: () => oneClickCheck(host, notices) };
  }

  it("checks and marks that roster, writes the results to 校验结果(2) and shows them; the roster's values stay", async () => {
    const { model, run } = rosterNamedResults();
    // The roster's values (its marks aside): a line per cell with its address and value.
    const values = () => model.snapshot("校验结果").split("\n").map((line) => line.startsWith("[") ? JSON.stringify((JSON.parse(line) as unknown[]).slice(0, 3)) : "").filter((line) => !line.endsWith(",null,null]")).join("\n");
    const before = values();
    await run();
    expect(model.activeSheet).toBe("校验结果(2)");
    expect(model.sheet("校验结果(2)")!.value(1, 2)).toBe("单元格");
    expect(model.sheet("校验结果(2)")!.value(2, 2)).toMatch(/^[A-Z]+\d+$/);
    expect(model.sheet("分地区汇总")!.value(1, 2)).toBe("户数");
    expect(model.sheet("校验结果")!.fills.size).toBeGreaterThan(0);
    expect(values()).toBe(before);
  });

  it("a second run replaces 校验结果(2), its own, and adds no 校验结果(3)", async () => {
    const { model, run } = rosterNamedResults();
    await run();
    model.activeSheet = "校验结果(2)";
    await run();
    expect(model.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("校验结果")).sort()).toEqual(["校验结果", "校验结果(2)"]);
    expect(model.activeSheet).toBe("校验结果(2)");
    expect(model.sheet("校验结果(2)")!.value(1, 2)).toBe("单元格");
  });
});
