import { screen, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { ROSTER } from "./roster";

async function openTotals(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(await screen.findByRole("button", { name: "一键校验" }));
  await screen.findByTestId("check-counts");
  await view.user.click(screen.getByRole("tab", { name: "汇总" }));
  return view;
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));

describe("汇总 tab", () => {
  it("asks for a check first", async () => {
    const { user } = await renderPane(new FakeHost({ 花名册: ROSTER }));
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    expect(screen.getByText("请先在“校验”页运行一键校验。")).toBeInTheDocument();
  });

  it("tallies by region and by group with a 合计 row", async () => {
    await openTotals(new FakeHost({ 花名册: ROSTER }));
    expect(rowTexts(screen.getByTestId("totals-by-region"))).toEqual([
      ["伊州区", "2", "0", "2,000.00", "0.2"],
      ["巴里坤县", "1", "1", "2,000.00", "0.2"],
      ["合计", "3", "1", "4,000.00", "0.4"],
    ]);
    expect(rowTexts(screen.getByTestId("totals-by-group"))).toEqual([
      ["困难职工", "2", "0", "2,000.00", "0.2"],
      ["劳模", "1", "1", "2,000.00", "0.2"],
      ["合计", "3", "1", "4,000.00", "0.4"],
    ]);
  });

  it("writes the 分地区汇总 sheet through the host", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    const { user } = await openTotals(host);
    await user.click(screen.getByRole("button", { name: "写入分地区汇总" }));
    expect(await screen.findByTestId("totals-written")).toHaveTextContent("分地区汇总");
    expect(host.resultSheetsWritten).toHaveLength(1);
  });

  it("names the sheets actually written: 校验结果(2) and 分地区汇总(2) beside a clerk's own sheets of those names", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    host.resultSheetNames = { issues: "校验结果(2)", subtotals: "分地区汇总(2)" };
    const { user } = await openTotals(host);
    await user.click(screen.getByRole("button", { name: "写入分地区汇总" }));
    expect(await screen.findByTestId("totals-written")).toHaveTextContent("已写入“校验结果(2)”和“分地区汇总(2)”工作表。");
  });

  it("shows the host's failure instead of success", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    host.writeResultSheets = async () => {
      throw new Error("sheet protected");
    };
    const { user } = await openTotals(host);
    await user.click(screen.getByRole("button", { name: "写入分地区汇总" }));
    expect(await screen.findByTestId("error-message")).toHaveTextContent("发生意外错误");
    expect(screen.queryByTestId("totals-written")).not.toBeInTheDocument();
  });
});
