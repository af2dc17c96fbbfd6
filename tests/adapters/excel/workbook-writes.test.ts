import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { generateRoster } from "../../fakes/generate-roster";
import { excelHostWith, ROSTER } from "./harness";

const valueAt = (model: ReturnType<typeof excelHostWith>["model"], sheet: string, row: number, column: number) =>
  model.sheet(sheet)!.value(row, column);

describe("Excel host: results sheets", () => {
  it("writes 校验结果 with masked values and 分地区汇总, replacing them on the next run", async () => {
    const { host, model } = excelHostWith(generateRoster(200, { defectRate: 0.3 }).rows);
    const before = model.snapshot(ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);

    expect(model.sheets.map((sheet) => sheet.name)).toEqual([ROSTER, "校验结果", "分地区汇总"]);
    expect(valueAt(model, "校验结果", 1, 2)).toBe("单元格");
    expect(valueAt(model, "校验结果", 2, 2)).toBe(result.issues[0].cell);
    expect(model.sheet("校验结果")!.usedRect(true)!.bottom).toBe(result.issues.length + 1);
    const idIssue = result.issues.find((issue) => issue.code === "id-invalid")!;
    const shown = valueAt(model, "校验结果", result.issues.indexOf(idIssue) + 2, 9);
    expect(shown).toMatch(/^652201\*+\d{3}[\dX]$/);
    expect(valueAt(model, "分地区汇总", 1, 1)).toBe("地区");
    expect(valueAt(model, "分地区汇总", 2, 2)).toBe(result.regions[0].households);
    expect(await host.listSheets()).toEqual([ROSTER]);
    expect(model.snapshot(ROSTER)).toBe(before);
  });
});

describe("Excel host: summary, selection, settings", () => {
  it("writes the summary into the cell named 总结 when the workbook defines it", async () => {
    const { host, model } = excelHostWith([["x"]]);
    model.addSheet("封面");
    model.names.set("总结", { sheet: "封面", address: "B5:F9" });
    expect(await host.writeSummary("本次共走访慰问3户。")).toBe("封面!B5");
    expect(valueAt(model, "封面", 5, 2)).toBe("本次共走访慰问3户。");
  });

  it("otherwise writes it to A1 of a 总结 sheet, keeping text that starts with = as text", async () => {
    const { host, model } = excelHostWith([["x"]]);
    expect(await host.writeSummary("=共3户")).toBe("总结!A1");
    expect(model.sheet("总结")!.formula(1, 1)).toBeUndefined();
    expect(await host.listSheets()).toEqual([ROSTER]);
  });

  it("selects a cell on its sheet and makes that sheet active", async () => {
    const { host, model } = excelHostWith([["x"]]);
    model.addSheet("其他");
    model.activeSheet = "其他";
    await host.selectCell(ROSTER, "E12");
    expect(model.activeSheet).toBe(ROSTER);
    expect(model.selection).toEqual({ sheet: ROSTER, address: `${ROSTER}!E12` });
  });

  it("keeps rule settings inside the workbook, replacing the previous ones", async () => {
    const { host, model } = excelHostWith([["x"]]);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ rules: { archiveNoPattern: "^HM<\\d+>&" } });
    await host.saveSettings({ rules: { archiveNoPattern: "^HM\\d{6}$" } });
    expect(model.xmlParts).toHaveLength(1);
    expect(await host.loadSettings()).toEqual({ rules: { archiveNoPattern: "^HM\\d{6}$" } });
  });

  it("defaults to the active sheet unless it is a results sheet", async () => {
    const { host, model } = excelHostWith([["x"]]);
    expect(await host.defaultSheet()).toBe(ROSTER);
    model.addGrid("校验结果", [["序号", "单元格", "行"]]);
    model.activeSheet = "校验结果";
    expect(await host.defaultSheet()).toBe(ROSTER);
  });
});

describe("Excel host: a clerk's own sheet named 校验结果", () => {
  it("is never replaced by the results: they go to 校验结果(2), and the sheet stays as it was", async () => {
    const { host, model } = excelHostWith(generateRoster(20, { defectRate: 0.3 }).rows);
    const theirs = model.addSheet("校验结果");
    theirs.setValue(1, 1, "序号");
    theirs.setValue(1, 2, "地区");
    theirs.setValue(2, 2, "伊吾县");
    const before = model.snapshot("校验结果");
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE)).toEqual({ issues: "校验结果(2)", subtotals: "分地区汇总" });
    expect(model.sheet("校验结果(2)")!.value(1, 2)).toBe("单元格");
    expect(model.snapshot("校验结果")).toBe(before);
  });

  it("is offered for a check (after the other sheets); the results the add-in wrote are not", async () => {
    const { host, model } = excelHostWith(generateRoster(20).rows);
    model.addGrid("校验结果", generateRoster(20).rows);
    const result = await host.check(SONGWENNUAN_TEMPLATE, "校验结果");
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    expect(await host.listSheets()).toEqual([ROSTER, "校验结果"]);
    model.activeSheet = "校验结果(2)";
    expect(await host.defaultSheet()).toBe(ROSTER);
    model.activeSheet = "校验结果";
    expect(await host.defaultSheet()).toBe("校验结果");
  });
});
