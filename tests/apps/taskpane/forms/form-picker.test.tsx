import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "../fake-host";
import { renderPane } from "../render-pane";
import { ROSTER } from "../roster";
import { JINQIU_ROSTER } from "./jinqiu-roster";

const picker = () => screen.getByTestId("form-picker");
const chosen = () => (within(picker()).getByTestId("form-select") as HTMLSelectElement).selectedOptions[0].textContent;

describe("the form the check uses", () => {
  it("names the form read from the header, with its reason", async () => {
    await renderPane(new FakeHost({ 名单: JINQIU_ROSTER }));
    expect(chosen()).toBe("金秋助学资助名单");
    expect(screen.getByTestId("form-reason")).toHaveTextContent(/按表头识别为“金秋助学资助名单”（17 列中认出 11 列/);
  });

  it("says so when no form's columns are in the header, and which form is used", async () => {
    await renderPane(new FakeHost({ 纪要: [["时间", "地点", "议题"]] }));
    expect(chosen()).toBe("送温暖慰问花名册");
    expect(screen.getByTestId("form-reason")).toHaveTextContent("表头里没有认出任何报表的列，按“送温暖慰问花名册”校验");
  });

  it("says which forms tie when the header fits several alike, and which is used until the clerk picks", async () => {
    await renderPane(new FakeHost({ 名单: [["序号", "地区", "姓名", "身份证号码"]] }));
    expect(chosen()).toBe("送温暖慰问花名册");
    expect(picker().dataset.how).toBe("ambiguous");
    expect(screen.getByTestId("form-reason")).toHaveTextContent(/^表头同样符合“送温暖慰问花名册”、“劳模慰问名册”（各认出 4 列），按先列出的“送温暖慰问花名册”校验/);
  });

  it("re-checks with the form the clerk switches to", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 1 个");
    expect(screen.getAllByTestId("issue-group").map((group) => within(group).getByRole("heading").textContent)).toEqual([expect.stringContaining("低于最低")]);
    expect(screen.getAllByTestId("issue-row").map((row) => row.dataset.issueCell)).toEqual(["I4"]);

    await user.selectOptions(within(picker()).getByTestId("form-select"), "送温暖慰问花名册");
    await waitFor(() => expect(host.checkedWith).toEqual(["jinqiu-zhuxue", "songwennuan"]));
    expect(screen.getByTestId("form-reason")).toHaveTextContent("已改用“");
    // 送温暖 finds no 姓名/慰问金额 in a 金秋助学 header: the clerk is told, not shown the old result.
    expect(await screen.findByTestId("check-error")).toBeInTheDocument();
  });

  it("detects 送温暖 on a 送温暖 roster and checks with it", async () => {
    const host = new FakeHost({ 花名册: ROSTER });
    const { user } = await renderPane(host);
    expect(picker().dataset.form).toBe("songwennuan");
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个");
    expect(host.checkedWith).toEqual(["songwennuan"]);
  });
});
