import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { SETTINGS_NAMESPACE } from "../../../src/core/workbook/settings-envelope";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { STRINGS_EN } from "../../../src/apps/taskpane/i18n/strings-en";
import type { CellValue } from "../../../src/core/cell";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { renderPane } from "./render-pane";
import { ROSTER } from "./roster";

// Fluent Dropdowns in jsdom are slow on a shared machine; nothing here is timed.
jest.setTimeout(30_000);

/** The roster as a county typed it: 地区 is 所属辖区, a header no alias knows, and an extra 村组 column. */
const COUNTY_REGION = "所属辖区";
const COUNTY: CellValue[][] = ROSTER.map((row, i) => (i === 1 ? row.map((cell) => (cell === "地区" ? COUNTY_REGION : cell)).concat("村组") : row));

function excelWith(rows: CellValue[][]) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("花名册", rows);
  return { model: excel.model, host: createExcelHost({ run: excel.run, isSetSupported: () => true }) };
}

async function choose(user: UserEvent, column: string, field: string) {
  await user.click(screen.getByRole("combobox", { name: `“${column}”列是` }));
  await user.click(await screen.findByRole("option", { name: field }));
}

describe("列对应 in the task pane (in-memory Excel)", () => {
  it("when 地区 is not found, shows the header with a field under each column and what is missing; mapped, it checks and saves the mapping in the workbook", async () => {
    const { model, host } = excelWith(COUNTY);
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    // 地区 missing is one error on the header, the rest checked: the verdict shows, with the 列对应 view open.
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 3 个，警告 0 个");
    expect(screen.getAllByTestId("issue-row")[0].dataset.issueCell).toBe("A2");
    const mapper = await screen.findByTestId("column-mapper");
    expect(within(mapper).getAllByTestId("mapper-header").map((th) => th.textContent)).toEqual([
      "A 序号", "B 所属辖区", "C 姓名", "D 身份证号码", "E 人员类别", "F 建档级别", "G 档案编号", "H 慰问金额（元）", "I 银行卡号", "J 户名", "K 村组",
    ]);
    expect(screen.getByRole("combobox", { name: "“姓名”列是" })).toHaveTextContent("姓名");
    expect(screen.getByRole("combobox", { name: `“${COUNTY_REGION}”列是` })).toHaveTextContent("不校验");
    expect(screen.getByTestId("mapper-missing")).toHaveTextContent("还缺：地区");
    expect(screen.getByTestId("mapper-apply")).toBeDisabled();

    await choose(user, COUNTY_REGION, "地区");
    expect(screen.getByTestId("mapper-missing")).toHaveTextContent("必需的列都已对应");
    await user.click(screen.getByTestId("mapper-apply"));

    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个，警告 0 个");
    expect(screen.queryByTestId("column-mapper")).not.toBeInTheDocument();
    // The unmapped 村组 is said beside the verdict, not silently skipped.
    expect(screen.getByTestId("unchecked-columns")).toHaveTextContent("未校验的列：村组（表头不认识）");
    // Saved inside the workbook, both copies, and read back by the next pane.
    expect(model.sheet(SETTINGS_SHEET)?.visibility).toBe("VeryHidden");
    expect(model.xmlParts.filter((part) => part.namespaceUri === SETTINGS_NAMESPACE)).toHaveLength(1);
    expect(await host.loadSettings()).toEqual({ columnMap: { [COUNTY_REGION]: "region" } });
  });

  it("a workbook that carries a 列对应 checks at once in a new pane", async () => {
    const { host } = excelWith(COUNTY);
    await host.saveSettings({ columnMap: { [COUNTY_REGION]: "region", 村组: null } });
    const { user } = await renderPane(host);
    await user.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个");
    // With its reason, as the CLI and the 汇总 workbook say it.
    expect(screen.getByTestId("unchecked-columns")).toHaveTextContent("未校验的列：村组（列对应中设为不校验）");
  });

  it("in English, one field lives in one column: giving 地区 to another column sets the first to Not checked", async () => {
    const { host } = excelWith(COUNTY);
    const { user } = await renderPane(host, STRINGS_EN);
    await user.click(await screen.findByRole("button", { name: STRINGS_EN.check.run }));
    await screen.findByTestId("column-mapper");
    expect(screen.getByTestId("mapper-missing")).toHaveTextContent("Still missing: region");
    const holds = (column: string) => screen.getByRole("combobox", { name: `Column “${column}” holds` });
    await user.click(holds("村组"));
    await user.click(await screen.findByRole("option", { name: "region" }));
    expect(holds("村组")).toHaveTextContent("region");
    await user.click(holds(COUNTY_REGION));
    await user.click(await screen.findByRole("option", { name: "region" }));
    expect(holds(COUNTY_REGION)).toHaveTextContent("region");
    expect(holds("村组")).toHaveTextContent("Not checked");
  });
});
