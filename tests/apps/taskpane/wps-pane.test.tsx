import { screen } from "@testing-library/react";
import { createWpsHost } from "../../../src/adapters/wps/wps-host";
import { bgrOf } from "../../../src/adapters/wps/et-constants";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { ISSUE_HEADER } from "../../../src/core/workbook/results-tables";
import { createInMemoryWps } from "../../fakes/in-memory-wps";
import { renderPane } from "./render-pane";
import { ROSTER } from "./roster";

jest.setTimeout(30_000);

function wpsWith() {
  const wps = createInMemoryWps();
  const sheet = wps.model.addGrid("花名册", ROSTER);
  return { ...wps, sheet, host: createWpsHost(wps.app) };
}

describe("the task pane in WPS 表格 (in-memory WPS)", () => {
  it("checks, lists the problems with counts, marks the cells, and 清除标记 puts them back", async () => {
    const { host, sheet } = wpsWith();
    const before = sheet.snapshot();
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个，警告 0 个");
    expect(sheet.fillAt("H4")?.color).toBe(bgrOf("#FFC7CE"));
    expect(sheet.comments.get("D5")).toBeDefined();

    await user.click(screen.getByTestId("clear-marks"));
    expect(await screen.findByTestId("marks-cleared")).toBeInTheDocument();
    expect(sheet.snapshot()).toEqual(before);
  });

  it("says beside the verdict that the hidden sheet and the earlier 校验结果 were not checked, and why", async () => {
    const { host, model } = wpsWith();
    model.addGrid("上月名单", ROSTER).visible = 0;
    model.addGrid("校验结果 (2)", [ISSUE_HEADER, [1, "D5", 5, "身份证号", "身份证号有误", "id-checksum", "错误", "校验位不对", "110105********0021"]]);
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个，警告 0 个");
    expect(screen.getByTestId("skipped-sheets")).toHaveTextContent("未校验的工作表：“上月名单”（隐藏）、“校验结果 (2)”（认作此前生成的校验结果）。");
  });

  it("clicking a problem selects its cell in WPS", async () => {
    const { host, model } = wpsWith();
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    await screen.findByTestId("check-counts");
    const row = screen.getAllByTestId("issue-row")[0];
    await user.click(row);
    expect(model.selection).toBe(`花名册!${row.dataset.issueCell}`);
    expect(model.activeSheet).toBe("花名册");
  });

  it("边输入边检查: after the clerk types, the list and counts follow without a click, and nothing is written to the sheet", async () => {
    const { host, model, sheet } = wpsWith();
    const { user } = await renderPane(host);
    await user.click(await screen.findByTestId("live-check"));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个，警告 0 个");
    expect(screen.getByTestId("live-note")).toBeInTheDocument();
    model.type("花名册", 4, 8, 1500);
    expect(await screen.findByText("错误 1 个，警告 0 个", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(sheet.fills.size).toBe(0);
    expect(sheet.comments.size).toBe(0);
    await user.click(screen.getByTestId("live-check"));
    expect(screen.queryByTestId("live-note")).not.toBeInTheDocument();
  });

  it("saves the 列对应 inside the workbook, on the veryHidden settings sheet", async () => {
    const { host, model } = wpsWith();
    await host.saveSettings({ columnMap: { 村组: null } });
    await renderPane(host);
    expect(model.sheet(SETTINGS_SHEET)?.visible).toBe(2);
    expect(await host.loadSettings()).toEqual({ columnMap: { 村组: null } });
  });
});
