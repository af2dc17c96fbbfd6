import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { JINQIU_ROSTER } from "./forms/jinqiu-roster";
import { renderPane } from "./render-pane";

async function checkedThenSettings(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole("button", { name: "一键校验" }));
  expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 1 个");
  await view.user.click(screen.getByRole("tab", { name: "设置" }));
  await screen.findByTestId("pack-editor", {}, { timeout: 5000 });
  return view;
}

const savedPack = (host: FakeHost) => (host.saved as { pack?: { fields: { key: string; label: string; aliases?: string[] }[]; rules: { kind: string; table?: unknown[] }[] } } | null)?.pack;

// A whole form of inputs is slow to render and type into under jsdom.
jest.setTimeout(30_000);

describe("设置 edits the form", () => {
  it("a minimum changed in the table is saved in the workbook and the next check uses it", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await checkedThenSettings(host);
    // The 金秋助学 table's first entry: 本科, any archive level, 4000 元; 学生乙 got 3000.
    const [first] = within(screen.getByTestId("pack-minimum")).getAllByTestId("entry-yuan");
    expect(first).toHaveValue("4000");
    await user.clear(first);
    await user.type(first, "3000");
    await user.click(screen.getByRole("button", { name: "保存模板" }));
    expect(await screen.findByTestId("pack-notice")).toHaveTextContent("模板已保存到工作簿");
    expect(savedPack(host)?.rules.find((rule) => rule.kind === "minimum")?.table?.[0]).toEqual({ when: { schoolLevel: "本科" }, yuan: 3000 });

    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    await waitFor(() => expect(screen.getByTestId("check-counts")).toHaveTextContent("错误 0 个"));
    expect(screen.getByTestId("form-reason")).toHaveTextContent("按工作簿中保存的报表“金秋助学资助名单”校验");
  });

  it("column names and spellings are edited and saved; a blank name is refused, naming the key", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await checkedThenSettings(host);
    const student = screen.getByTestId("pack-field-studentName");
    const aliases = within(student).getByTestId("field-aliases");
    await user.clear(aliases);
    await user.type(aliases, "受助学生、学生名");
    const label = within(student).getByTestId("field-label");
    await user.clear(label);
    await user.click(screen.getByRole("button", { name: "保存模板" }));
    expect((await screen.findAllByTestId("pack-problem")).map((item) => item.textContent)).toEqual([expect.stringMatching(/^fields\[3\]\.label: /)]);
    expect(host.saved).toBeNull();

    await user.type(label, "受助学生姓名");
    await user.click(screen.getByRole("button", { name: "保存模板" }));
    await screen.findByTestId("pack-notice");
    expect(savedPack(host)?.fields[3]).toMatchObject({ key: "studentName", label: "受助学生姓名", aliases: ["受助学生", "学生名"] });
  });

  it("a required-when rule is added; 恢复默认模板 takes the edited form out of the workbook", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await checkedThenSettings(host);
    await user.click(screen.getByRole("button", { name: "添加一条条件必填" }));
    const rules = screen.getAllByTestId("required-if");
    const added = rules[rules.length - 1];
    const [required, when] = within(added).getAllByRole("combobox");
    await user.selectOptions(required, "联系电话");
    await user.selectOptions(when, "入学层次");
    await user.type(within(added).getByTestId("required-if-values"), "高中");
    await user.click(screen.getByRole("button", { name: "保存模板" }));
    await screen.findByTestId("pack-notice");
    expect(savedPack(host)?.rules).toContainEqual({ kind: "required-if", field: "phone", when: [{ field: "schoolLevel", in: ["高中"] }] });

    await user.click(screen.getByRole("button", { name: "恢复默认模板" }));
    await waitFor(() => expect(host.saved).toEqual({}));
    expect(screen.getByTestId("form-picker").dataset.form).toBe("jinqiu-zhuxue");
    await user.click(screen.getByRole("tab", { name: "校验" }));
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    await waitFor(() => expect(host.checkedWith).toHaveLength(2));
    expect(screen.getByTestId("check-counts")).toHaveTextContent("错误 1 个");
  });
});
