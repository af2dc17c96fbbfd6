import { fireEvent, screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { TextDecoder, TextEncoder } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSavedSettings } from "../../../../src/adapters/xlsx/saved-settings";
import { StandaloneMode } from "../../../../src/apps/taskpane/standalone/StandaloneMode";
import { applySavedSettings } from "../../../../src/core/settings/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { rosterWorkbook } from "../../standalone/roster-workbook";
import { renderInShell } from "../render-pane";
import { giveElementsAViewport } from "./viewport";

function renderStandalone(loadSample = async () => ({ bytes: new Uint8Array(), fileName: "x.xlsx" })) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const view = renderInShell(
    <StandaloneMode
      saveFile={(bytes, fileName) => saved.push({ bytes, fileName })}
      loadSample={loadSample}
    />,
  );
  return { saved, ...view };
}

async function openSampleAndCheck() {
  const bytes = await rosterWorkbook();
  const view = renderStandalone(async () => ({ bytes, fileName: "songwennuan-hami-defects.xlsx" }));
  await view.user.click(screen.getByRole("button", { name: "打开示例" }));
  await view.user.click(await screen.findByRole("button", { name: "一键校验" }, { timeout: 5000 }));
  await screen.findByTestId("check-counts");
  return view;
}

// jsdom lacks the Encoding API that every browser (and the xlsx adapter) has.
Object.assign(globalThis, { TextDecoder, TextEncoder });

// Reading and writing real workbooks with exceljs under jsdom takes a few seconds.
jest.setTimeout(30_000);

describe("standalone mode", () => {
  beforeAll(() => {
    giveElementsAViewport();
    // jsdom's File lacks arrayBuffer(); every browser the page supports has it.
    File.prototype.arrayBuffer ??= function arrayBuffer(this: File) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    };
  });

  it("says that nothing leaves the page", () => {
    renderStandalone();
    expect(screen.getByTestId("privacy-banner")).toHaveTextContent("不上传、不联网");
  });

  it("opens the sample, checks it and colours the flagged cells in the preview", async () => {
    await openSampleAndCheck();
    expect(screen.getByTestId("opened-file")).toHaveTextContent("songwennuan-hami-defects.xlsx");
    expect(screen.getByTestId("check-counts")).toHaveTextContent("错误 2 个");
    const preview = screen.getByTestId("sheet-preview");
    expect(preview.querySelector('[data-cell="H4"]')).toHaveAttribute("data-mark", "error");
    expect(preview.querySelector('[data-cell="H3"]')).not.toHaveAttribute("data-mark");
  });

  it("outlines the cell in the preview when an issue is clicked", async () => {
    const { user } = await openSampleAndCheck();
    await user.click(screen.getAllByTestId("issue-row").find((row) => row.dataset.issueCell === "D5")!);
    expect(screen.getByTestId("sheet-preview").querySelector('[data-cell="D5"]')).toHaveAttribute("aria-selected", "true");
  });

  it("clearing the marks removes the colours", async () => {
    const { user } = await openSampleAndCheck();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByTestId("marks-cleared");
    expect(screen.getByTestId("sheet-preview").querySelector("[data-mark]")).toBeNull();
  });

  it("downloads the checked workbook and the 公示版", async () => {
    const { user, saved } = await openSampleAndCheck();
    await user.click(screen.getByRole("button", { name: "下载校验结果" }));
    await user.click(screen.getByRole("button", { name: "下载公示版" }));
    await screen.findByRole("button", { name: "下载公示版" });
    expect(saved.map((file) => file.fileName)).toEqual([
      "songwennuan-hami-defects-校验结果.xlsx",
      "songwennuan-hami-defects-公示版.xlsx",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0].bytes as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("校验结果")).toBeDefined();
  });

  it("a province's pack imported on the page travels in the checked copy, where every host reads it", async () => {
    const { user, saved } = await openSampleAndCheck();
    const province = { ...JSON.parse(readFileSync(join(__dirname, "../../../../assets/templates/songwennuan.json"), "utf8")), id: "xj-songwennuan", name: "新疆送温暖花名册" };
    await user.upload(screen.getByTestId("import-pack-file"), new File([JSON.stringify(province)], "xj.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByTestId("form-picker").dataset.form).toBe("xj-songwennuan"));
    await waitFor(() => expect(screen.getByRole("button", { name: "下载校验结果" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "下载校验结果" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const carried = await readSavedSettings(saved[0].bytes);
    expect(carried).toEqual({ pack: province });
    expect(applySavedSettings(SONGWENNUAN_TEMPLATE, carried).template.name).toBe("新疆送温暖花名册");
    // The page keeps settings for the next file in this browser: this test's pack is not the next test's.
    window.localStorage.clear();
  });

  it("opens a file chosen with the picker", async () => {
    const { user } = renderStandalone();
    const file = new File([await rosterWorkbook()], "哈密.xlsx");
    await user.upload(screen.getByTestId("file-input"), file);
    expect(await screen.findByTestId("opened-file", {}, { timeout: 5000 })).toHaveTextContent("哈密.xlsx");
  });

  it("explains a file that is not a workbook, in both languages", async () => {
    renderStandalone();
    // The picker only offers .xlsx/.csv, but a renamed file still gets through it.
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File(["just text, no roster"], "notes.docx")] },
    });
    const error = await screen.findByTestId("open-error");
    expect(error.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(error.textContent).toMatch(/[A-Za-z]{4,}/);
    expect(screen.queryByTestId("opened-file")).not.toBeInTheDocument();
  });
});

describe("standalone mode: 下载空白表", () => {
  it("downloads the blank form with the rules saved in 设置, before any file is opened", async () => {
    window.localStorage.setItem("baobiao-zhushou.rules", JSON.stringify({ rules: { minimums: [{ level: "全总", minYuan: 1500 }] } }));
    try {
      const { saved, user } = renderStandalone();
      await user.click(screen.getByRole("button", { name: "下载空白表（下发用）" }));
      await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
      expect(saved.map((file) => file.fileName)).toEqual(["送温暖慰问花名册-空白表.xlsx"]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(saved[0].bytes as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(["送温暖慰问花名册", "填报说明"]);
      expect(workbook.worksheets[0].getCell("E4").numFmt).toBe("@");
      const lines: string[] = [];
      workbook.getWorksheet("填报说明")!.getColumn(1).eachCell((cell) => lines.push(String(cell.value)));
      expect(lines.join("\n")).toContain("全总每户不低于 1,500 元");
    } finally {
      window.localStorage.clear();
    }
  });
});
