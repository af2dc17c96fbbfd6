import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { TextDecoder, TextEncoder } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSavedSettings } from "../../../../src/adapters/xlsx/saved-settings";
import { StandaloneMode } from "../../../../src/apps/taskpane/standalone/StandaloneMode";
import { applySavedSettings } from "../../../../src/core/settings/saved-settings";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { rosterWithPassedOverSheets, rosterWorkbook } from "../../standalone/roster-workbook";
import { submissionXlsx, threeSubmissions, validId } from "../../standalone/submission-workbooks";
import { giveFilesArrayBuffer, renderInShell } from "../render-pane";
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
    giveFilesArrayBuffer();
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

  it("names beside the verdict the notes sheet, the hidden sheet and the earlier 校验结果 it did not check, with why", async () => {
    const bytes = await rosterWithPassedOverSheets();
    const { user } = renderStandalone(async () => ({ bytes, fileName: "伊州区.xlsx" }));
    await user.click(screen.getByRole("button", { name: "打开示例" }));
    await user.click(await screen.findByRole("button", { name: "一键校验" }, { timeout: 5000 }));
    expect(await screen.findByTestId("check-counts")).toHaveTextContent("错误 2 个");
    // The hidden roster is not offered in the list: it is said as hidden, nothing more.
    expect(screen.getByTestId("skipped-sheets")).toHaveTextContent("未校验的工作表：“填表说明”（没有名单表头）、“上月名单”（隐藏）、“校验结果 (2)”（认作此前生成的校验结果）。");
    // Each said once, with its reason: no other sheet is left to name.
    expect(screen.queryByTestId("other-sheets")).not.toBeInTheDocument();
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

describe("standalone mode: 汇总", () => {
  it("a county workbook of two township sheets: one click checks both, lists the 说明 sheet as skipped", async () => {
    const { user } = renderStandalone();
    const county = await submissionXlsx(
      [
        { name: "清源镇", unitLine: "清源镇", rows: [[1, "清源镇", "张三", validId("65222219700101001"), "困难职工", "省总", "QY-1", 1000]], statedTotal: 1000 },
        { name: "石城子乡", rows: [[1, "石城子乡", "李四", validId("65222219800101002"), "困难职工", "省总", "SC-1", 1200]] },
      ],
      "填表说明",
    );
    await user.upload(screen.getByTestId("file-input"), new File([county], "巴里坤县.xlsx"));
    await user.click(await screen.findByRole("button", { name: "这个工作簿有 3 个工作表：全部校验并汇总" }, { timeout: 5000 }));
    await screen.findByTestId("consolidated-summary", {}, { timeout: 10_000 });
    const [file] = screen.getAllByTestId("submission-file");
    expect(file.dataset.file).toBe("巴里坤县.xlsx");
    expect(within(file).getAllByTestId("submission").map((sheet) => sheet.dataset.sheet)).toEqual(["清源镇", "石城子乡"]);
    // No 填报单位 line on 石城子乡: the file's name, for the clerk to correct.
    expect(within(file).getAllByTestId("submission-unit").map((input) => (input as HTMLInputElement).value)).toEqual(["清源镇", "巴里坤县"]);
    expect(within(file).getByTestId("skipped-sheet")).toHaveTextContent("说明：前 30 行没有认得出的名单表头");
  });

  it("several files dropped on the opener go to 汇总, each with its verdict", async () => {
    renderStandalone();
    const files = (await threeSubmissions()).map(({ name, bytes }) => new File([bytes], name));
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files } });
    await screen.findByTestId("consolidated-summary", {}, { timeout: 10_000 });
    expect(screen.getByRole("tab", { name: "逐级上报（多份名单）" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getAllByTestId("submission-file").map((file) => file.dataset.file)).toEqual(["地直.xlsx", "哈密市.xlsx", "伊吾县.csv"]);
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
