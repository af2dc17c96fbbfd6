import { screen, waitFor, within } from "@testing-library/react";
import { TaskPane } from "../../../src/apps/taskpane/components/TaskPane";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { cellAddress } from "../../../src/core/address";
import { countyWorkbook, dataRow, ID_COLUMN } from "../../adapters/excel/county-workbook";
import { handWrittenLaomoRoster } from "../standalone/submission-workbooks";
import { giveFilesArrayBuffer, renderInShell } from "./render-pane";

// Three sheets of 300 households checked, marked and written as a 汇总 workbook: more than jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

/** The pane in Excel over the in-memory Excel: the real adapters, a county workbook of three township sheets and a 封面. */
async function paneOnCounty() {
  const county = countyWorkbook();
  county.model.activeSheet = "清源镇";
  const host = createExcelHost({ run: county.excel.run, isSetSupported: county.isSetSupported });
  let loads = 0;
  const submissions = async () => {
    loads++;
    return county.host;
  };
  const view = renderInShell(<TaskPane host={host} submissions={submissions} />);
  await screen.findByRole("tablist");
  return { ...view, ...county, loads: () => loads };
}

describe("逐级上报 in the task pane", () => {
  beforeAll(() => {
    giveFilesArrayBuffer();
  });

  it("goes from a single check to every roster sheet: the 封面 named as skipped, the duplicate across sheets found and marked on its sheet, an issue clicked selects its cell, the 汇总 workbook opened in Excel", async () => {
    const { user, model, loads } = await paneOnCounty();
    expect(loads()).toBe(0); // nothing of 逐级上报 is fetched until the clerk asks for it

    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("other-sheets")).toHaveTextContent("只校验了工作表“清源镇”；其余工作表未校验：封面、城关镇、南关乡。");
    await user.click(screen.getByTestId("check-all-sheets"));

    const consolidated = await screen.findByTestId("consolidated", {}, { timeout: 5000 });
    expect(loads()).toBe(1);
    expect(screen.getAllByTestId("skipped-sheet").map((item) => item.textContent)).toEqual([expect.stringContaining("封面")]);
    const duplicateCell = cellAddress(dataRow(5), ID_COLUMN);
    const duplicate = within(consolidated).getAllByTestId("issue-row").find((row) => row.textContent?.includes(`南关乡!${duplicateCell}`));
    await user.click(duplicate!);
    await waitFor(() => expect(model.selection).toEqual({ sheet: "南关乡", address: `南关乡!${duplicateCell}` }));

    await user.click(screen.getByTestId("mark-open-workbook"));
    expect(await screen.findByTestId("open-workbook-marks")).toHaveTextContent("已在本工作簿的 2 个工作表中标记");
    expect(model.sheet("南关乡")!.fill(dataRow(5), ID_COLUMN)?.color).toBe("#FFC7CE");
    await user.click(screen.getByTestId("clear-open-workbook-marks"));
    expect(await screen.findByTestId("open-workbook-marks")).toHaveTextContent("已清除标记");
    expect(model.sheet("南关乡")!.fill(dataRow(5), ID_COLUMN)).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "在 Excel 中打开汇总工作簿" }));
    expect(await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 })).toHaveTextContent("汇总工作簿已在 Excel 中新开，尚未存盘");
    expect(model.createdWorkbooks).toHaveLength(1);
  });

  it("keeps the 逐级上报 result while the clerk looks at another tab", async () => {
    const { user } = await paneOnCounty();
    await user.click(screen.getByRole("tab", { name: "逐级上报" }));
    await user.click(await screen.findByTestId("add-open-workbook"));
    await screen.findByTestId("consolidated", {}, { timeout: 5000 });
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(screen.getByRole("tab", { name: "逐级上报" }));
    expect(screen.getByTestId("consolidated")).toBeVisible();
  });

  it("a 劳模 roster picked beside the open workbook's 送温暖 sheets is checked as 劳模慰问: a section each, and the report's text has both sentences", async () => {
    const { user } = await paneOnCounty();
    await user.click(screen.getByRole("tab", { name: "逐级上报" }));
    await user.click(await screen.findByTestId("add-open-workbook"));
    await screen.findByTestId("consolidated", {}, { timeout: 5000 });
    const laomo = await handWrittenLaomoRoster();
    await user.upload(screen.getByTestId("submissions-input"), [new File([laomo.bytes], laomo.name)]);
    await waitFor(() => expect(screen.getAllByTestId("consolidated")).toHaveLength(2), { timeout: 10_000 });
    const [songwennuan, laomoSection] = screen.getAllByTestId("consolidated");
    expect(songwennuan.dataset.form).toBe("songwennuan");
    expect(laomoSection.querySelector("h3")).toHaveTextContent("汇总结果 2/2：劳模慰问名册（1 份名单）");
    // Its 万元 read as 万元: 1.3万元 for three 劳模, none of 送温暖's columns asked of it.
    expect(within(laomoSection).getByTestId("consolidated-summary")).toHaveTextContent("3名");
    expect(within(laomoSection).queryAllByTestId("issue-row").filter((row) => row.dataset.code === "column-missing")).toEqual([]);

    const copied: string[] = [];
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    await user.click(screen.getByRole("button", { name: "复制报告文字" }));
    await waitFor(() => expect(copied).toHaveLength(1));
    const lines = copied[0].split("\n");
    expect(lines.find((line) => line.startsWith("（1）"))).toBe(`（1）${within(songwennuan).getByTestId("consolidated-summary").textContent}`);
    expect(lines.find((line) => line.startsWith("（2）"))).toBe("（2）全地区将为3名自治区级以上劳模发放春节慰问金、特殊困难帮扶金1.3万元。");
    expect(lines.filter((line) => line.startsWith("合计\t"))).toHaveLength(2);
  });
});
