import { fromSettingsChunks } from "../../../src/core/workbook/settings-envelope";
import { LEDGER_SHEET, SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { bgrOf } from "../../../src/adapters/wps/et-constants";
import { values2d } from "../../../src/adapters/wps/values";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { generateRoster } from "../../fakes/generate-roster";
import { ROSTER as SMALL_ROSTER } from "../../apps/taskpane/roster";
import { ROSTER, wpsHostWith } from "./harness";

const RED = bgrOf("#FFC7CE");
const AMBER = bgrOf("#FFEB9C");

describe("WPS host: reading and checking", () => {
  it("checks the roster from bulk Value2 reads, as the Excel host does", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(result.dataRows).toBe(3);
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.cell).sort()).toEqual(["D5", "H4"]);
    // One read for the values; no cell read one by one.
    expect(model.calls.get("Range.Value2.get")).toBe(1);
    expect(model.calls.get("Range.Comment") ?? 0).toBe(0);
  });

  it("takes a one-cell Value2 (a scalar) as one row, so a one-cell sheet is a missing header, not a crash", async () => {
    expect(values2d("会议纪要")).toEqual([["会议纪要"]]);
    expect(values2d(["a", "b"])).toEqual([["a", "b"]]);
    const { host } = wpsHostWith([["会议纪要"]]);
    await expect(host.check(SONGWENNUAN_TEMPLATE, ROSTER)).rejects.toMatchObject({ code: "header-not-found" });
  });

  it("reads a date typed into 慰问金额 as the date (its number format), and knows hidden rows", async () => {
    const { host, sheet } = wpsHostWith(SMALL_ROSTER);
    sheet.setValue(3, 8, 45677);
    sheet.setNumberFormat(3, 8, "yyyy-mm-dd");
    sheet.hiddenRows.add(5);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(result.issues.find((issue) => issue.cell === "H3")?.shownValue).toContain("2025-01-20");
    expect(result.hiddenRowNumbers).toEqual([5]);
  });

  it("lists the visible sheets, leaving out its own results and hidden settings", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    await host.saveSettings({ rules: {} });
    model.addGrid("校验结果", [["序号", "单元格", "行"]]);
    expect(await host.listSheets()).toEqual([ROSTER]);
    expect(await host.defaultSheet()).toBe(ROSTER);
  });
});

describe("WPS host: a clerk's own sheet named 校验结果", () => {
  it("is never emptied for the results: they go to 校验结果(2), and the sheet stays as it was", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    const theirs = model.addSheet("校验结果");
    theirs.setValue(1, 1, "序号");
    theirs.setValue(1, 2, "地区");
    theirs.setValue(2, 2, "伊吾县");
    const before = theirs.snapshot();
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    expect(await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE)).toEqual({ issues: "校验结果(2)", subtotals: "分地区汇总" });
    expect(model.sheet("校验结果(2)")!.value(1, 2)).toBe("单元格");
    expect(theirs.snapshot()).toEqual(before);
  });

  it("is offered for a check (after the other sheets); the results the add-in wrote are not", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    model.addGrid("校验结果", SMALL_ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, "校验结果");
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    expect(await host.listSheets()).toEqual([ROSTER, "校验结果"]);
    model.activeSheet = "校验结果(2)";
    expect(await host.defaultSheet()).toBe(ROSTER);
    model.activeSheet = "校验结果";
    expect(await host.defaultSheet()).toBe("校验结果");
  });

  it("replaces its own results on the next run", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    expect(model.sheet("校验结果")?.value(1, 2)).toBe("单元格");
  });
});

describe("WPS host: marks and their clearing", () => {
  it("fills errors red and warnings amber in BGR, notes the messages, and puts everything back on clear", async () => {
    const { host, sheet, model } = wpsHostWith(generateRoster(300, { defectRate: 0.3 }).rows);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    const [first, second] = result.issues;
    // The clerk's own fill and note on flagged cells come back exactly.
    sheet.setFill(first.row, first.col, { color: bgrOf("#FFFF00"), pattern: 1 });
    sheet.comments.set(first.cell, "已电话核实");
    const before = sheet.snapshot();

    await host.markIssues(result);
    const error = result.issues.find((issue) => issue.severity === "error" && issue.cell !== first.cell)!;
    expect(sheet.fillAt(error.cell)).toEqual({ color: RED, pattern: 1 });
    const warningOnly = result.issues.find((issue) => issue.severity === "warning" && !result.issues.some((other) => other.cell === issue.cell && other.severity === "error"));
    if (warningOnly) expect(sheet.fillAt(warningOnly.cell)?.color).toBe(AMBER);
    expect(sheet.comments.get(second.cell === first.cell ? error.cell : second.cell)).toContain(second.cell === first.cell ? error.message : second.message);
    expect(sheet.comments.get(first.cell)).toBe("已电话核实");
    expect(model.sheet(LEDGER_SHEET)?.visible).toBe(2);
    expect(model.activeSheet).toBe(ROSTER);

    await host.clearMarks();
    expect(sheet.snapshot()).toEqual(before);
  });

  it("marks again without stacking, and leaves a note the clerk edited", async () => {
    const { host, sheet } = wpsHostWith(generateRoster(100, { defectRate: 0.3 }).rows);
    const before = sheet.snapshot();
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    await host.markIssues(result);
    await host.markIssues(result);
    const edited = result.issues[0].cell;
    sheet.comments.set(edited, "已改正，见附件");
    await host.clearMarks();
    expect(sheet.comments.get(edited)).toBe("已改正，见附件");
    sheet.comments.delete(edited);
    expect(sheet.snapshot()).toEqual(before);
  });

  it("reads prior fills a list at a time: an unfilled roster costs one ColorIndex read per 255 characters of addresses", async () => {
    const { host, model } = wpsHostWith(generateRoster(2_000, { defectRate: 0.3 }).rows);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    model.resetCalls();
    await host.markIssues(result);
    const cells = new Set(result.issues.map((issue) => issue.cell)).size;
    expect(model.calls.get("Interior.ColorIndex.get")).toBeLessThan(cells / 20);
    expect(model.calls.get("Interior.Color.set")).toBeLessThan(cells / 20);
  });

  it("refuses a protected sheet with a message that says how, and changes nothing", async () => {
    const { host, sheet } = wpsHostWith(generateRoster(30, { defectRate: 0.5 }).rows);
    const result = await host.check(SONGWENNUAN_TEMPLATE, ROSTER);
    sheet.protectContents = true;
    const before = sheet.snapshot();
    await expect(host.markIssues(result)).rejects.toMatchObject({ code: "sheet-protected" });
    expect(sheet.snapshot()).toEqual(before);
  });
});

describe("WPS host: settings saved in the workbook", () => {
  it("round-trips through the veryHidden 报表助手设置 sheet, in the pieces any .xlsx reader joins", async () => {
    const { host, model } = wpsHostWith(SMALL_ROSTER);
    expect(await host.loadSettings()).toBeNull();
    const settings = { rules: { archiveNoPattern: "^QZ\\d+$" }, columnMap: { 所属辖区: "region" }, note: "长".repeat(70_000) };
    await host.saveSettings(settings);
    expect(await host.loadSettings()).toEqual(settings);
    const stored = model.sheet(SETTINGS_SHEET)!;
    expect(stored.visible).toBe(2);
    expect(model.activeSheet).toBe(ROSTER);
    const column = stored.rows().map((row) => row[0]).filter((cell): cell is string => typeof cell === "string");
    expect(column.length).toBe(3);
    expect(fromSettingsChunks(column)?.settings).toEqual(settings);
    // A shorter save blanks the longer one's pieces.
    await host.saveSettings({ rules: {} });
    expect(await host.loadSettings()).toEqual({ rules: {} });
  });
});
