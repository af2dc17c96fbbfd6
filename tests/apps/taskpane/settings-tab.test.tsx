import { screen, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { ROSTER } from "./roster";

async function openSettings(host = new FakeHost({ 花名册: ROSTER })) {
  const view = await renderPane(host);
  await view.user.click(await screen.findByRole("tab", { name: "设置" }));
  // The tab's code is fetched on first use.
  await screen.findByTestId("save-settings");
  return { host, ...view };
}

const minimumInputs = () =>
  screen.getAllByTestId("minimum-row").map((row) => within(row).getByRole("textbox", { name: "最低金额（元）" }));

// Fluent inputs in jsdom are slow on a shared machine; nothing here is timed.
jest.setTimeout(30_000);

describe("设置 tab", () => {
  it("shows the built-in minimum table and archive groups", async () => {
    await openSettings();
    expect(minimumInputs().map((input) => (input as HTMLInputElement).value)).toEqual(["1000", "1000"]);
    expect(screen.getByRole("checkbox", { name: "困难职工" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "劳模" })).not.toBeChecked();
  });

  it("saves edited settings in the workbook and the next check uses them", async () => {
    const { host, user } = await openSettings();
    const [first] = minimumInputs();
    await user.clear(first);
    await user.type(first, "400");
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByTestId("settings-notice")).toHaveTextContent("设置已保存");
    expect(host.saved).toEqual({
      rules: expect.objectContaining({ minimums: [{ level: "全总", minYuan: 400 }, { level: "省总", minYuan: 1000 }] }),
    });
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 1 个");
  });

  it("on the page, says the settings were saved in this browser, not in the workbook", async () => {
    const { user } = await openSettings(new FakeHost({ 花名册: ROSTER }, { kind: "standalone" }));
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    const notice = await screen.findByTestId("settings-notice");
    expect(notice).toHaveTextContent("已保存在本浏览器");
    expect(notice).not.toHaveTextContent("工作簿");
  });

  it("adds and removes minimum rows", async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole("button", { name: "添加一行" }));
    expect(minimumInputs()).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "删除第 1 行" }));
    expect(minimumInputs()).toHaveLength(2);
  });

  it("shows invalid values next to their fields and saves nothing", async () => {
    const { host, user } = await openSettings();
    const [first] = minimumInputs();
    await user.clear(first);
    await user.type(first, "十元");
    await user.type(screen.getByRole("textbox", { name: /档案编号格式/ }), "QZ[[0-9") // "[[" types one "[";
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    expect(screen.getByTestId("settings-invalid")).toBeInTheDocument();
    expect(first).toHaveAccessibleDescription(/不小于 0/);
    expect(screen.getByRole("textbox", { name: /档案编号格式/ })).toHaveAccessibleDescription(/正则表达式/);
    expect(host.saved).toBeNull();
  });

  it("restores the defaults and saves them", async () => {
    const saved = { rules: { minimums: [{ minYuan: 200 }], archiveGroups: [] } };
    const { host, user } = await openSettings(new FakeHost({ 花名册: ROSTER }, { saved }));
    // Saved rules that loosen the form wait for the clerk's choice (received-settings.ts).
    expect(minimumInputs().map((input) => (input as HTMLInputElement).value)).toEqual(["1000", "1000"]);
    await user.click(screen.getByTestId("use-saved-rules"));
    expect(minimumInputs().map((input) => (input as HTMLInputElement).value)).toEqual(["200"]);
    await user.click(screen.getByRole("button", { name: "恢复默认" }));
    expect(await screen.findByTestId("settings-notice")).toHaveTextContent("已恢复默认设置");
    expect(minimumInputs().map((input) => (input as HTMLInputElement).value)).toEqual(["1000", "1000"]);
    expect(host.saved).toEqual({ rules: expect.objectContaining({ archiveGroups: ["困难职工", "困难劳模", "困难农民工"] }) });
  });

  it("reports settings saved in the workbook that no longer validate, in the pane's language only", async () => {
    const host = new FakeHost({ 花名册: ROSTER }, { saved: { rules: { minimums: "lots" } } });
    await renderPane(host);
    const error = await screen.findByTestId("settings-error");
    expect(error).toHaveTextContent("规则文件有误");
    expect(error).not.toHaveTextContent("Invalid rules file");
  });

  it("reports a received workbook's saved pattern that would need backtracking, instead of running it", async () => {
    const host = new FakeHost({ 花名册: ROSTER }, { saved: { rules: { archiveNoPattern: "(QZ)\\1+" } } });
    await renderPane(host);
    const error = await screen.findByTestId("settings-error");
    // The pane speaks its display language only (zh-CN here).
    expect(error).toHaveTextContent("rules.archiveNoPattern: 不支持反向引用");
    expect(error).not.toHaveTextContent("backreferences");
  });
});
