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

  it("a header of columns every roster has (序号、地区、姓名、身份证号码) is only a guess: the clerk confirms it before anything is checked", async () => {
    const host = new FakeHost({ 名单: [["序号", "地区", "姓名", "身份证号码", "慰问金额"], [1, "城关区", "张三", "11010519491231002X", 1000]] });
    const { user } = await renderPane(host);
    expect(picker().dataset.how).toBe("unidentified");
    expect(screen.getByTestId("choose-form-first")).toHaveTextContent("请先在上方选定报表");
    expect(screen.getByTestId("form-reason")).toHaveTextContent("缺少能认定它的列（人员类别、是否劳模、发放方式，至少一列）");
    expect(screen.getByRole("button", { name: "一键校验" })).toBeDisabled();
    await user.click(screen.getByTestId("confirm-form"));
    expect(picker().dataset.how).toBe("clerk");
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    expect(await screen.findByTestId("check-counts")).toBeInTheDocument();
    expect(host.checkedWith).toEqual(["songwennuan"]);
  });

  it("says which forms tie when the header identifies several alike, and checks nothing until the clerk picks", async () => {
    await renderPane(new FakeHost({ 名单: [["姓名", "身份证号", "慰问类别", "金额"]] }));
    expect(picker().dataset.how).toBe("ambiguous");
    expect(screen.getByTestId("form-reason")).toHaveTextContent(/^表头同样符合“送温暖慰问花名册”、“困难家庭慰问名册”（各认出 4 列），请指定报表/);
    expect(screen.getByRole("button", { name: "一键校验" })).toBeDisabled();
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
