import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bgrOf } from "../../../src/adapters/wps/et-constants";
import { createRibbon, PANE_ID_KEY, WPS_BUTTONS } from "../../../src/apps/wps/ribbon";
import { wpsSpreadsheet } from "../../../src/apps/wps/detect-host";
import { createInMemoryWps } from "../../fakes/in-memory-wps";
import { generateRoster } from "../../fakes/generate-roster";

const PANE_URL = "file:///C:/baobiao-zhushou/taskpane.html";

function wpsWith(rows = generateRoster(100, { defectRate: 0.3 }).rows) {
  const wps = createInMemoryWps();
  wps.model.addGrid("名单", rows);
  const notices: string[] = [];
  const ribbon = createRibbon({ app: wps.app, wps: wps.wps, paneUrl: PANE_URL, notify: (message) => notices.push(message) });
  const click = (id: string) => ribbon.OnAction({ Id: id });
  return { ...wps, ribbon, click, notices };
}

describe("WPS ribbon", () => {
  it("ribbon.xml names a button for every action, all calling ribbon.OnAction", () => {
    const xml = readFileSync(join(__dirname, "../../../assets/wps/ribbon.xml"), "utf8");
    const ids = [...xml.matchAll(/<button id="(\w+)"[^>]*onAction="ribbon\.OnAction"/g)].map((match) => match[1]);
    expect(ids).toEqual([...WPS_BUTTONS]);
    expect(xml).toContain('onLoad="ribbon.OnAddinLoad"');
  });

  it("一键校验 checks the active sheet, marks it, and shows 校验结果 with no other click", async () => {
    const { model, click } = wpsWith();
    await click("oneClickCheck");
    expect(model.activeSheet).toBe("校验结果");
    expect(model.sheet("校验结果")!.value(1, 2)).toBe("单元格");
    expect(model.sheet("分地区汇总")).toBeDefined();
    const roster = model.sheet("名单")!;
    expect([...roster.fills.values()].some((fill) => fill.color === bgrOf("#FFC7CE"))).toBe(true);
    expect(roster.comments.size).toBeGreaterThan(0);
  });

  it("清除标记 puts every fill and note back, and a second 一键校验 replaces the results, not stacking them", async () => {
    const { model, click } = wpsWith();
    const before = model.sheet("名单")!.snapshot();
    await click("oneClickCheck");
    await click("oneClickCheck");
    await click("clearMarks");
    expect(model.sheet("名单")!.snapshot()).toEqual(before);
    expect(model.sheets.filter((sheet) => sheet.name.startsWith("校验结果"))).toHaveLength(1);
  });

  it("一键校验 on a workbook whose only roster is named 校验结果 checks and marks it, writes 校验结果(2) and shows it; a second run replaces 校验结果(2)", async () => {
    const wps = createInMemoryWps();
    wps.model.addGrid("校验结果", generateRoster(40, { defectRate: 0.3 }).rows);
    const notices: string[] = [];
    const ribbon = createRibbon({ app: wps.app, wps: wps.wps, paneUrl: PANE_URL, notify: (message) => notices.push(message) });
    const roster = wps.model.sheet("校验结果")!;
    const before = JSON.stringify(roster.rows());
    await ribbon.OnAction({ Id: "oneClickCheck" });
    expect(wps.model.activeSheet).toBe("校验结果(2)");
    expect(wps.model.sheet("校验结果(2)")!.value(1, 2)).toBe("单元格");
    expect(String(wps.model.sheet("校验结果(2)")!.value(2, 2))).toMatch(/^[A-Z]+\d+$/);
    expect([...roster.fills.values()].some((fill) => fill.color === bgrOf("#FFC7CE"))).toBe(true);
    expect(JSON.stringify(roster.rows())).toBe(before);
    await ribbon.OnAction({ Id: "oneClickCheck" });
    expect(wps.model.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("校验结果")).sort()).toEqual(["校验结果", "校验结果(2)"]);
    expect(wps.model.activeSheet).toBe("校验结果(2)");
    expect(JSON.stringify(roster.rows())).toBe(before);
    expect(notices).toEqual([]);
  });

  it("自检 shows the report, every item passed with the WPS build, and leaves the workbook as it was", async () => {
    const { model, click, notices } = wpsWith();
    const before = model.sheets.map((sheet) => `${sheet.name} ${sheet.snapshot()}`);
    await click("selfTest");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("宿主 (host)：WPS 表格 12.1.0.16412");
    expect(notices[0]).toMatch(/结果：\d+ 项全部通过/);
    expect(model.sheets.map((sheet) => `${sheet.name} ${sheet.snapshot()}`)).toEqual(before);
  });

  it("一键校验 on a sheet that is no roster writes why into 校验结果", async () => {
    const { model, click } = wpsWith([["会议纪要"], ["时间", "地点"]]);
    await click("oneClickCheck");
    expect(model.activeSheet).toBe("校验结果");
    expect(String(model.sheet("校验结果")!.value(2, 1))).toMatch(/表头/);
  });

  it("一键校验 on a protected sheet still shows the results, with a line saying why nothing was marked", async () => {
    const { model, click } = wpsWith();
    model.sheet("名单")!.protectContents = true;
    await click("oneClickCheck");
    const results = model.sheet("校验结果")!.rows();
    expect(String(results[results.length - 1][0])).toContain("受保护");
    expect(model.sheet("名单")!.fills.size).toBe(0);
  });

  it("新建报表 adds the blank form with validation and its 填报说明, with the workbook's rules", async () => {
    const { model, click } = wpsWith();
    await click("newBlankForm");
    expect(model.activeSheet).toBe("送温暖慰问花名册");
    const form = model.sheet("送温暖慰问花名册")!;
    expect(form.value(3, 1)).toBe("序号");
    expect([...form.validations.values()].some((state) => state.type === 3 && state.inCellDropdown)).toBe(true);
    expect(model.sheet("填报说明")!.rows().flat().join("\n")).toContain("填报说明");
  });

  it("加上填写规则 adds Validation.Add rules under the headers and says so on 填写规则; 清除填写规则 removes exactly them", async () => {
    const { model, click } = wpsWith();
    const roster = model.sheet("名单")!;
    // The clerk's own validation on 备注-like column N stays.
    roster.validations.set("3:14", { type: 3, alertStyle: 1, operator: 1, formula1: "是,否", formula2: undefined, ignoreBlank: true, inCellDropdown: true, showInput: false, showError: true, inputTitle: "", inputMessage: "", errorTitle: "", errorMessage: "" });
    await click("addFillRules");
    expect(model.activeSheet).toBe("填写规则");
    expect(String(model.sheet("填写规则")!.value(2, 1))).toMatch(/^已在工作表“名单”的 .* 列加上填写规则.*填错时 WPS 会提醒。$/);
    const amount = roster.validation(3, 10)!;
    expect(amount).toMatchObject({ type: 2, operator: 1, showInput: true });
    expect(roster.validation(102, 10)).toBe(amount);
    model.activeSheet = "名单";
    await click("clearFillRules");
    expect([...roster.validations.keys()]).toEqual(["3:14"]);
    expect(model.sheet("填写规则")).toBeUndefined();
  });

  it("打开助手 opens one pane on the right, and shows the same pane again on the next click", async () => {
    const { wps, click } = wpsWith();
    await click("openPane");
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0]).toMatchObject({ url: PANE_URL, Visible: true, DockPosition: 2 });
    wps.panes[0].Visible = false;
    await click("openPane");
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0].Visible).toBe(true);
    expect(wps.PluginStorage.getItem(PANE_ID_KEY)).toBe("1");
  });

  it("a failing button tells the clerk instead of failing silently", async () => {
    const { model, click, notices } = wpsWith();
    await click("oneClickCheck");
    model.sheet("名单")!.protectContents = true;
    await click("clearMarks");
    expect(notices).toEqual([expect.stringContaining("受保护")]);
  });

  it("the pane knows WPS 表格 by its Application, and nothing else", () => {
    const { app, wps } = createInMemoryWps();
    expect(wpsSpreadsheet({ Application: app, wps })).toBe(app);
    expect(wpsSpreadsheet({})).toBeNull();
    expect(wpsSpreadsheet({ Application: { ActiveDocument: {} }, wps })).toBeNull();
  });
});
