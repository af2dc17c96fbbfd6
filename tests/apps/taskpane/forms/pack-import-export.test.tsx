import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FakeHost } from "../fake-host";
import { renderPane } from "../render-pane";
import { JINQIU_ROSTER } from "./jinqiu-roster";

const JINQIU_JSON = JSON.parse(readFileSync(join(__dirname, "../../../../assets/templates/jinqiu-zhuxue.json"), "utf8")) as Record<string, unknown>;
/** A province's own 金秋助学 pack, under its own id and name. */
const PROVINCE_PACK = { ...JINQIU_JSON, id: "hubei-jinqiu", name: "湖北金秋助学名单" };

const jsonFile = (json: unknown, name: string) => new File([typeof json === "string" ? json : JSON.stringify(json)], name, { type: "application/json" });

async function importFile(user: Awaited<ReturnType<typeof renderPane>>["user"], file: File) {
  await user.upload(screen.getByTestId("import-pack-file"), file);
}

/** Each blob offered as a download, and the file name offered for it. */
function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return "blob:test";
  };
  URL.revokeObjectURL = () => undefined;
  // jsdom cannot navigate to a blob: URL; the file name is what the browser would save as.
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe("a province's own pack", () => {
  it("lists one message per bad key, at its JSON path, and leaves the workbook alone", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await renderPane(host);
    const fields = (JINQIU_JSON.fields as Record<string, unknown>[]).map((field, i) => (i === 3 ? { ...field, type: "money2" } : field));
    const bad = { ...JINQIU_JSON, colour: "red", fields };
    await importFile(user, jsonFile(bad, "bad-pack.json"));
    const problems = await screen.findAllByTestId("pack-problem");
    expect(problems.map((item) => item.textContent)).toEqual([expect.stringMatching(/^colour: /), expect.stringMatching(/^fields\[3\]\.type: /)]);
    expect(screen.getByTestId("pack-problems")).toHaveTextContent("模板“bad-pack.json”有误，未导入");
    expect(host.saved).toBeNull();
    expect(screen.getByTestId("form-picker").dataset.form).toBe("jinqiu-zhuxue");
  });

  it("names each reference to a field the pack lacks", async () => {
    const { user } = await renderPane(new FakeHost({ 名单: JINQIU_ROSTER }));
    const rules = [...(JINQIU_JSON.rules as unknown[]), { kind: "one-of", field: "grade" }];
    await importFile(user, jsonFile({ ...JINQIU_JSON, person: { name: "studentName", id: "studentIdd" }, rules }, "refs.json"));
    const problems = await screen.findAllByTestId("pack-problem");
    expect(problems.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^person\.id: .*studentIdd/),
      expect.stringMatching(new RegExp(`^rules\\[${rules.length - 1}\\]\\.field: .*grade`)),
    ]);
  });

  it("says a file that is not JSON is not a template", async () => {
    const { user } = await renderPane(new FakeHost({ 名单: JINQIU_ROSTER }));
    await importFile(user, jsonFile("{ not json", "notes.json"));
    expect((await screen.findAllByTestId("pack-problem")).map((item) => item.textContent)).toEqual([expect.stringMatching(/^notes\.json: 不是有效的 JSON/)]);
  });

  it("is saved into the workbook, checked with, and chosen again when the workbook is next opened", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user, unmount } = await renderPane(host);
    await importFile(user, jsonFile(PROVINCE_PACK, "hubei.json"));
    await waitFor(() => expect(screen.getByTestId("form-picker").dataset.form).toBe("hubei-jinqiu"));
    expect((host.saved as { pack: unknown }).pack).toEqual(PROVINCE_PACK);
    expect(screen.getByTestId("form-reason")).toHaveTextContent("按工作簿中保存的报表“湖北金秋助学名单”校验");
    await user.click(screen.getByRole("button", { name: "一键校验" }));
    await screen.findByTestId("check-counts");
    expect(host.checkedWith).toEqual(["hubei-jinqiu"]);
    unmount();

    await renderPane(new FakeHost({ 名单: JINQIU_ROSTER }, { saved: host.saved }));
    const select = within(screen.getByTestId("form-picker")).getByTestId("form-select") as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe("湖北金秋助学名单（本工作簿的报表）");
  });

  it("switching to a bundled form takes the saved pack out of the workbook", async () => {
    const host = new FakeHost({ 名单: JINQIU_ROSTER }, { saved: { pack: PROVINCE_PACK } });
    const { user } = await renderPane(host);
    await user.selectOptions(within(screen.getByTestId("form-picker")).getByTestId("form-select"), "金秋助学资助名单");
    await waitFor(() => expect(host.saved).toEqual({}));
    expect(screen.getByTestId("form-picker").dataset.form).toBe("jinqiu-zhuxue");
  });

  it("exports the form in use as .json equal to its pack, which imports back unchanged", async () => {
    const { blobs: downloads, names } = captureDownloads();
    const host = new FakeHost({ 名单: JINQIU_ROSTER });
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "导出报表模板" }));
    expect(names).toEqual(["jinqiu-zhuxue.json"]);
    const exported = JSON.parse(await blobText(downloads[0])) as unknown;
    expect(exported).toEqual(JINQIU_JSON);

    await importFile(user, jsonFile(exported, "jinqiu-zhuxue.json"));
    await waitFor(() => expect(host.saved).toEqual({ pack: JINQIU_JSON }));
    expect(screen.queryByTestId("pack-problems")).toBeNull();
  });
});
