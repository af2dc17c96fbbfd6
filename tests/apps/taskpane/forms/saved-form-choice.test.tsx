import { screen, within } from "@testing-library/react";
import { createExcelHost } from "../../../../src/adapters/excel/excel-host";
import type { CellValue } from "../../../../src/core/cell";
import { createInMemoryExcel } from "../../../fakes/in-memory-excel";
import { noRulesPack } from "../../../hostile/generators/no-rules-pack";
import { renderPane } from "../render-pane";
import { ROSTER } from "../roster";

jest.setTimeout(30_000);

async function paneCarrying(settings: unknown, rows: CellValue[][] = ROSTER) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("花名册", rows);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
  await host.saveSettings(settings);
  return { host, ...(await renderPane(host)) };
}

describe("a workbook's saved form or rules that check less are a visible choice in the pane (in-memory Excel)", () => {
  it("a pack with 送温暖's id and no rules is not used: the bundled form checks, the pane lists what the saved one drops, and a button uses it", async () => {
    const { user } = await paneCarrying({ pack: noRulesPack() });
    const refused = screen.getByTestId("saved-form-refused");
    expect(refused).toHaveTextContent("工作簿中保存的报表“送温暖慰问花名册”比内置“送温暖慰问花名册”少查下列各项，未采用");
    const differences = within(refused).getAllByTestId("saved-form-difference").map((item) => item.textContent);
    expect(differences).toEqual(expect.arrayContaining(["去掉或改动了规则 duplicate-person（idNumber）", "最低标准（全总）不再适用"]));
    expect(screen.getByTestId("form-picker")).toHaveAttribute("data-how", "workbook-refused");

    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个");

    await user.click(screen.getByTestId("use-saved-form"));
    expect(screen.queryByTestId("saved-form-refused")).not.toBeInTheDocument();
    expect(screen.getByTestId("form-picker")).toHaveAttribute("data-how", "clerk");
    // What adopting it silently gave: the two real errors gone.
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 0 个");
  });

  it("saved rules that lower a minimum are withheld and listed; the 列对应 is applied and listed; the clerk's button applies the rules", async () => {
    const { user } = await paneCarrying({ rules: { minimums: [{ minYuan: 0 }] }, columnMap: { 户名: null } });
    const withheld = screen.getByTestId("saved-rules-withheld");
    expect(within(withheld).getAllByTestId("saved-rules-difference").map((item) => item.textContent)).toEqual(["最低标准（全总）不再适用", "最低标准（省总）不再适用"]);
    expect(screen.getByTestId("saved-settings")).toHaveTextContent("已采用工作簿中保存的列对应 1 项：户名→不校验");

    await user.click(screen.getByRole("button", { name: "一键校验" }));
    // 李四's 500 元 is still under the bundled 全总 minimum.
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个");

    await user.click(screen.getByTestId("use-saved-rules"));
    expect(screen.queryByTestId("saved-rules-withheld")).not.toBeInTheDocument();
    expect(screen.getByTestId("saved-settings")).toHaveTextContent("已按选择采用工作簿中保存的规则设置");
  });
});
