import { screen, within } from "@testing-library/react";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { STRINGS_EN } from "../../../src/apps/taskpane/i18n/strings-en";
import { ISSUE_HEADER } from "../../../src/core/workbook/results-tables";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { NOT_A_ROSTER, ROSTER } from "./roster";

async function runCheck(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(await screen.findByRole("button", { name: "一键校验" }));
  await screen.findByTestId("check-counts");
  return view;
}

describe("校验 tab", () => {
  it("checks the sheet in one click, shows the counts and marks the flagged cells", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    await runCheck(host);
    expect(screen.getByTestId("check-counts")).toHaveTextContent("错误 2 个，警告 0 个");
    expect(screen.getByTestId("check-counts")).toHaveTextContent("共检查 3 行数据");
    expect(host.marked?.issues.map((issue) => issue.cell).sort()).toEqual(["D5", "H4"]);
  });

  it("says beside the verdict when the amounts were read in 万元, with the sum both ways", async () => {
    // Before: 共检查 1 行数据 and 1,500 元 in the totals, with no word that 0.15 was taken as 万元.
    const wan = [["送温暖名单（单位：万元）"], ["地区", "姓名", "身份证号码", "人员类别", "慰问金额"], ["伊州区", "张三", "11010519491231002X", "一线职工", 0.15]];
    await runCheck(new FakeHost({ 花名册: wan }));
    expect(screen.getByTestId("amount-unit")).toHaveTextContent("金额按万元读取，已换算为元：合计 0.15 万元 = 1,500.00 元。");
  });

  it("says beside the verdict when amounts with no unit written look like 万元, and gives no all-clear", async () => {
    // Before: 错误 0 个，警告 0 个 and 没有发现问题。 for 0.1 and 0.15 read as 元.
    const rows = [["送温暖名单"], ["地区", "姓名", "身份证号码", "人员类别", "慰问金额"], ["伊州区", "张三", "11010519491231002X", "一线职工", 0.1], ["伊州区", "李四", "440524188001010014", "一线职工", 0.15]];
    await runCheck(new FakeHost({ 花名册: rows }));
    expect(screen.getByTestId("check-counts")).toHaveTextContent("错误 0 个，警告 1 个");
    expect(screen.getByTestId("amount-unit-doubt")).toHaveTextContent("金额单位存疑：E列的金额像是万元数，按元计合计 0.25 元；若是万元则为 2,500.00 元。");
    expect(screen.queryByText("没有发现问题。")).toBeNull();
  });

  it("says nothing of 万元 for a roster in 元", async () => {
    await runCheck(new FakeHost({ 花名册: ROSTER }));
    expect(screen.queryByTestId("amount-unit")).toBeNull();
  });

  it("groups the issues by rule with Chinese names and shows each cell, masked value and message", async () => {
    await runCheck(new FakeHost({ 花名册: ROSTER }));
    const groups = screen.getAllByTestId("issue-group");
    expect(groups.map((group) => within(group).getByRole("heading").textContent)).toEqual([
      expect.stringContaining("低于最低慰问标准"),
      expect.stringContaining("身份证号有误"),
    ]);
    const idRow = screen.getAllByTestId("issue-row").find((row) => row.dataset.issueCell === "D5")!;
    expect(idRow).toHaveTextContent("110105********0021");
    expect(idRow).not.toHaveTextContent("110105194912310021");
  });

  it("selects the cell in the workbook when an issue is clicked", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    const { user } = await runCheck(host);
    const row = screen.getAllByTestId("issue-row").find((candidate) => candidate.dataset.issueCell === "H4")!;
    await user.click(row);
    expect(host.selected).toEqual(["花名册!H4"]);
    expect(row).toHaveAttribute("aria-current", "true");
  });

  it("steps through the errors with next and previous, wrapping around", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    const { user } = await runCheck(host);
    const next = screen.getByRole("button", { name: "下一个错误" });
    await user.click(next);
    await user.click(next);
    await user.click(next);
    await user.click(screen.getByRole("button", { name: "上一个错误" }));
    const cells = host.selected.map((place) => place.split("!")[1]);
    expect(cells).toHaveLength(4);
    expect(cells[2]).toBe(cells[0]);
    expect(cells[3]).toBe(cells[1]);
    expect(new Set(cells)).toEqual(new Set(["H4", "D5"]));
  });

  it("filters by severity", async () => {
    const { user } = await runCheck(new FakeHost({ 花名册: ROSTER }));
    await user.selectOptions(screen.getByTestId("severity-filter"), "warning");
    expect(screen.queryAllByTestId("issue-row")).toHaveLength(0);
    await user.selectOptions(screen.getByTestId("severity-filter"), "error");
    expect(screen.getAllByTestId("issue-row")).toHaveLength(2);
  });

  it("clears the marks and says so", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    const { user } = await runCheck(host);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByTestId("marks-cleared")).toHaveTextContent("已清除标记");
    expect(host.marksCleared).toBe(1);
  });

  it("shows a progress bar while a big sheet is read", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    let finish: () => void = () => {};
    const check = host.check.bind(host);
    host.check = async (template, sheet, run) => {
      run?.onProgress?.({ rowsRead: 50_000, rowsTotal: 100_000 });
      await new Promise<void>((resolve) => (finish = resolve));
      return check(template, sheet);
    };
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.5");
    expect(screen.getByText("已读取 50000 / 100000 行")).toBeInTheDocument();
    finish();
    await screen.findByTestId("check-counts");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("explains a sheet without a header, in Chinese only, instead of a blank pane", async () => {
    const { user } = await renderPane(new FakeHost({ 会议: NOT_A_ROSTER }));
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    const error = await screen.findByTestId("check-error");
    expect(error).toHaveTextContent("表头");
    expect(error).not.toHaveTextContent(/header/i);
    expect(screen.queryByTestId("check-counts")).not.toBeInTheDocument();
  });

  it("in an English Office, explains it in English only", async () => {
    const { user } = await renderPane(new FakeHost({ 会议: NOT_A_ROSTER }), STRINGS_EN);
    await user.click(await screen.findByRole("button", { name: STRINGS_EN.check.run }));
    const error = await screen.findByTestId("check-error");
    expect(error).toHaveTextContent(/No header in the first 30 rows/);
    expect(error).not.toHaveTextContent("表头");
  });

  it("speaks English when Office runs in English", async () => {
    const { user } = await renderPane(new FakeHost({ Roster: ROSTER }), STRINGS_EN);
    await user.click(await screen.findByRole("button", { name: "Check sheet" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("2 errors, 0 warnings");
  });

  it("in Excel, says beside the verdict that the hidden sheet and the earlier 校验结果 were not checked, and why", async () => {
    const excel = createInMemoryExcel();
    excel.model.addGrid("花名册", ROSTER);
    excel.model.addGrid("上月名单", ROSTER).visibility = "Hidden";
    excel.model.addGrid("校验结果 (2)", [ISSUE_HEADER, [1, "D5", 5, "身份证号", "身份证号有误", "id-checksum", "错误", "校验位不对", "110105********0021"]]);
    const { user } = await renderPane(createExcelHost({ run: excel.run, isSetSupported: () => true }), STRINGS_EN);
    await user.click(await screen.findByRole("button", { name: "Check sheet" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("2 errors, 0 warnings");
    expect(screen.getByTestId("skipped-sheets")).toHaveTextContent('Sheets not checked: "上月名单" (hidden), "校验结果 (2)" (taken for an earlier 校验结果).');
    // Said once, with its reason: not again among the sheets the list offers.
    expect(screen.queryByTestId("other-sheets")).not.toBeInTheDocument();
  });

  it("names the sheets a single check left out, beside the verdict", async () => {
    await runCheck(new FakeHost({ 花名册: ROSTER, 城关镇: ROSTER, 会议: NOT_A_ROSTER }));
    expect(screen.getByTestId("other-sheets")).toHaveTextContent("只校验了工作表“花名册”；其余工作表未校验：城关镇、会议。");
    // Without a 逐级上报 host (the page) there is no route to check them all here.
    expect(screen.queryByTestId("check-all-sheets")).not.toBeInTheDocument();
  });
});
