import { screen, waitFor, within } from "@testing-library/react";
import { readSavedPack } from "../../../../src/core/settings/saved-pack";
import { FakeHost } from "../fake-host";
import { renderPane } from "../render-pane";

jest.setTimeout(30_000);

/** A 节日慰问 sheet of an enterprise: no shipped form has 部门 or 慰问品. */
const SHEET = [
  ["2025年端午节职工慰问发放表"],
  ["序号", "部门", "姓名", "身份证号码", "慰问金额（元）", "慰问品", "发放日期"],
  [1, "生产部", "王强", "652201198503041223", 300, "粽子", "2025-05-30"],
  [2, "生产部", "李军", "65220119900101123X", 300, "粽子", "2025-05-30"],
  [3, "财务部", "张伟", "652201197805051238", 300, "粽子", "2025-05-31"],
  [4, "财务部", "刘洋", "65220119880606123X", 3000, "粽子", "2025-05-31"],
];

describe("从表头新建报表 in the pane", () => {
  it("guesses each column, previews the check, and saves the form into the workbook, where it is then the form used", async () => {
    const host = new FakeHost({ 端午: SHEET });
    const { user } = await renderPane(host);
    await user.click(screen.getByTestId("from-header"));
    const builder = await screen.findByTestId("form-from-header");
    expect((within(builder).getByTestId("form-name") as HTMLInputElement).value).toBe("2025年端午节职工慰问发放表");
    expect(within(builder).getAllByTestId("column-choice").map((row) => `${row.dataset.heading}:${row.dataset.kind}`)).toEqual([
      "序号:skip", "部门:text", "姓名:name", "身份证号码:id-number", "慰问金额（元）:money", "慰问品:category", "发放日期:date",
    ]);
    await user.selectOptions(within(builder).getByTestId("kind-2"), "region");
    await user.selectOptions(within(builder).getByTestId("subtotal-1"), "2");
    const preview = await within(builder).findByTestId("form-preview", {}, { timeout: 3000 });
    expect(preview.dataset.errors).toBe("0");
    expect(within(builder).getByTestId("preview-counts")).toHaveTextContent("数据 4 行；错误 0 处，警告 0 处");

    await user.click(within(builder).getByTestId("save-form"));
    await within(builder).findByTestId("form-saved");
    const saved = readSavedPack(host.saved);
    expect(saved?.pack?.name).toBe("2025年端午节职工慰问发放表");
    expect(saved?.pack?.dimensions).toEqual([{ name: "部门", field: "部门", role: "region" }]);
    await user.click(within(builder).getByTestId("close-form"));
    await waitFor(() => expect(screen.getByTestId("form-picker").dataset.form).toBe(saved?.pack?.id));
  });
});
