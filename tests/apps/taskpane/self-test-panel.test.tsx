import { screen, within } from "@testing-library/react";
import { createWpsHost } from "../../../src/adapters/wps/wps-host";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { TaskPane } from "../../../src/apps/taskpane/components/TaskPane";
import { SELF_TEST_PROBES } from "../../../src/core/self-test/probes";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { createInMemoryWps } from "../../fakes/in-memory-wps";
import { renderInShell, renderPane } from "./render-pane";
import { ROSTER } from "./roster";

jest.setTimeout(30_000);

describe("自检 in the pane (设置 tab)", () => {
  it("in WPS: runs every probe, shows pass per item with the host and build as text to copy, and the workbook is as it was", async () => {
    const wps = createInMemoryWps();
    const sheet = wps.model.addGrid("花名册", ROSTER);
    const before = sheet.snapshot();
    const { user } = await renderPane(createWpsHost(wps.app));
    await user.click(screen.getByRole("tab", { name: "设置" }));
    await user.click(await screen.findByTestId("run-self-test"));
    const report = (await screen.findByTestId("self-test-report")) as HTMLTextAreaElement;
    expect(report.value).toContain("宿主 (host)：WPS 表格 12.1.0.16412");
    expect(report.value.match(/\[通过 pass\]/g)).toHaveLength(SELF_TEST_PROBES.length);
    expect(within(screen.getByTestId("self-test")).getByText("各项全部通过。")).toBeInTheDocument();
    expect(wps.model.sheets.map((each) => each.name)).toEqual(["花名册"]);
    expect(sheet.snapshot()).toEqual(before);
  });

  it("in Excel opened from the ribbon's 自检: starts on 设置 and runs at once; a missing notes API is one failed item, said above the text", async () => {
    const excel = createInMemoryExcel();
    excel.model.addGrid("花名册", ROSTER);
    excel.model.quirks = { notesUnsupported: true };
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true, identity: () => ({ name: "Excel (OfficeOnline)", version: "16.0.1" }) });
    renderInShell(<TaskPane host={host} selfTestOnOpen />);
    const report = (await screen.findByTestId("self-test-report", {}, { timeout: 10_000 })) as HTMLTextAreaElement;
    expect(report.value).toContain("[失败 FAIL] 批注");
    expect(report.value).toContain(`${SELF_TEST_PROBES.length} 项中 1 项失败`);
    expect(screen.getByText(/有 1 项失败/)).toBeInTheDocument();
    expect(excel.model.sheets.map((each) => each.name)).toEqual(["花名册"]);
  });

  it("a host without a 自检 (the page) shows none", async () => {
    const wps = createInMemoryWps();
    wps.model.addGrid("花名册", ROSTER);
    const { user } = await renderPane({ ...createWpsHost(wps.app), selfTest: undefined });
    await user.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByTestId("save-settings");
    expect(screen.queryByTestId("self-test")).not.toBeInTheDocument();
  });
});
