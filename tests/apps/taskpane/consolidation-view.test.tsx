import { act, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { readRegisterFiles } from "../../../src/adapters/xlsx/read-register";
import { consolidatedWritingInPage } from "../../../src/apps/standalone/consolidated-writing";
import { PageSubmissionsHost } from "../../../src/apps/standalone/page-submissions-host";
import type { CheckedSubmission, SubmissionsHost, SubmissionsRun } from "../../../src/core/ports/submissions-host";
import { rosterCheckingInPage } from "../../../src/apps/standalone/roster-checking";
import { ConsolidationView } from "../../../src/apps/taskpane/components/ConsolidationView";
import { STRINGS_EN } from "../../../src/apps/taskpane/i18n/strings-en";
import { STRINGS_ZH, type Strings } from "../../../src/apps/taskpane/i18n/strings-zh";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import type { Template } from "../../../src/core/template/schema";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { docxParagraphs } from "../../adapters/docx/read-docx";
import { LAOMO } from "../../adapters/docx/report-run";
import { PAID_TWICE, threeSubmissions, validId } from "../standalone/submission-workbooks";
import { docxPart, docxTables } from "../../adapters/docx/read-docx";
import { giveFilesArrayBuffer, renderInShell } from "./render-pane";

// Reading and writing real workbooks with exceljs under jsdom takes a few seconds.
jest.setTimeout(30_000);

const laomoRoster = () => ({ name: "劳模慰问名册.xlsx", bytes: new Uint8Array(readFileSync(LAOMO)) });

const NOT_A_WORKBOOK = { name: "坏文件.xlsx", bytes: new TextEncoder().encode("这不是工作簿") };

async function renderView(extra: { name: string; bytes: Uint8Array }[] = [], strings: Strings = STRINGS_ZH, forms?: readonly Template[], before: { name: string; bytes: Uint8Array }[] = []) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const host = new PageSubmissionsHost(rosterCheckingInPage, consolidatedWritingInPage, (bytes, fileName) => saved.push({ bytes, fileName }));
  const view = renderInShell(<ConsolidationView host={host} template={SONGWENNUAN_TEMPLATE} forms={forms} />, strings);
  const files = [...before, ...(await threeSubmissions()), ...extra].map(({ name, bytes }) => new File([bytes as BlobPart], name));
  await view.user.upload(screen.getByTestId("submissions-input"), files);
  await screen.findAllByTestId("consolidated-counts", {}, { timeout: 10_000 });
  return { ...view, saved };
}

function fileSection(name: string): HTMLElement {
  return screen.getAllByTestId("submission-file").find((section) => section.dataset.file === name)!;
}

describe("汇总 view", () => {
  beforeAll(() => {
    giveFilesArrayBuffer();
  });

  it("names the columns a submission's check did not read, numeric ones first, as 各单位核对 does", async () => {
    const csv = "\ufeff序号,地区,姓名,身份证号,人员类别,建档级别,档案编号,慰问金额,村组,慰问次数\r\n1,城关区,张三," + validId("65220119800101002") + ",一线职工,,,800,三组,2\r\n";
    await renderView([{ name: "城关区.csv", bytes: new TextEncoder().encode(csv) }]);
    expect(within(fileSection("城关区.csv")).getByTestId("submission-unchecked")).toHaveTextContent("未校验的列：慰问次数（有数字，表头不认识）、村组（表头不认识）");
    expect(within(fileSection("地直.xlsx")).queryByTestId("submission-unchecked")).toBeNull();
  });

  it("says beside the summary which county's amounts it could not read, with the cells", async () => {
    const csv = "\ufeff序号,地区,姓名,身份证号,人员类别,建档级别,档案编号,慰问金额\r\n1,城关区,张三," + validId("65220119800101002") + ",一线职工,,,捌佰元\r\n";
    await renderView([{ name: "城关区.csv", bytes: new TextEncoder().encode(csv) }]);
    const summary = screen.getByTestId("consolidated-summary");
    expect(summary).not.toHaveTextContent("无法识别");
    const caveat = screen.getByText(/^以上金额不含 1 户无法识别的金额（城关区\.csv H2），请改正后重新生成/);
    expect(summary.compareDocumentPosition(caveat) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows each submission's own verdict: its rows, errors, 填报单位 and its 合计 against its rows", async () => {
    await renderView();
    expect(screen.getAllByTestId("submission-file").map((section) => section.dataset.file)).toEqual(["地直.xlsx", "哈密市.xlsx", "伊吾县.csv"]);

    const dizhi = within(fileSection("地直.xlsx"));
    expect(dizhi.getByTestId("submission")).toHaveTextContent("数据 2 行；错误 1 个，警告 0 个");
    expect(dizhi.getByTestId("submission-unit")).toHaveValue("地直");
    expect(dizhi.getByTestId("submission-total")).toHaveTextContent("表中合计 2,300.00 元，各行相加 2,300.00 元：相符");

    // No 填报单位 line: the unit is the file's name. Its 合计 says 3,000 but its rows add up to 2,500.
    const hami = within(fileSection("哈密市.xlsx"));
    expect(hami.getByTestId("submission-unit")).toHaveValue("哈密市");
    expect(hami.getByTestId("submission")).toHaveTextContent("数据 2 行；错误 2 个");
    expect(hami.getByTestId("submission-total")).toHaveTextContent("表中合计 3,000.00 元，各行相加 2,500.00 元：不相符");

    expect(within(fileSection("伊吾县.csv")).getByTestId("submission-total")).toHaveTextContent("表中没有合计行；各行相加 1,200.00 元");
    expect(screen.getByTestId("consolidated-counts")).toHaveTextContent("3 个文件，3 份名单（每个工作表算一份），数据 5 行；错误 3 个，警告 0 个");
  });

  it("lists the sheet it did not check, with the reason, and never reports an all-clear over it", async () => {
    await renderView();
    const skipped = within(fileSection("地直.xlsx")).getAllByTestId("skipped-sheet");
    expect(skipped.map((item) => item.textContent)).toEqual(["说明：前 30 行没有认得出的名单表头（汇总、封面、说明等），未校验"]);
    expect(screen.getByTestId("not-all-checked")).toHaveTextContent("1 个工作表未校验");
  });

  it("names the person paid by two units as 文件名 › 工作表!单元格, the ID masked", async () => {
    await renderView();
    const duplicate = screen.getAllByTestId("issue-row").find((row) => row.dataset.code === "duplicate-person")!;
    expect(duplicate.dataset.issueCell).toBe("哈密市.xlsx › 名单!D4");
    expect(duplicate).toHaveTextContent("身份证号码与另一份上报的 地直.xlsx › 名单!D4 是同一人");
    expect(duplicate).toHaveTextContent(`${PAID_TWICE.slice(0, 6)}********${PAID_TWICE.slice(-4)}`);
    expect(screen.getByTestId("consolidation-view")).not.toHaveTextContent(PAID_TWICE);
  });

  it("says why a file could not be read, in Chinese and English, and offers no summary or download until the clerk goes on without it", async () => {
    const { user, saved } = await renderView([NOT_A_WORKBOOK]);
    const error = within(fileSection("坏文件.xlsx")).getByTestId("submission-error");
    expect(error).toHaveTextContent("未能校验，未汇总：“坏文件.xlsx”不是 Excel 工作簿");
    expect(error).toHaveTextContent('"坏文件.xlsx" is not an Excel workbook');
    expect(screen.getByTestId("not-all-checked")).toHaveTextContent("1 个文件未能校验");
    // Every readable file's verdict stands; nothing reads as the whole 汇总.
    expect(within(fileSection("伊吾县.csv")).getByTestId("submission-total")).toHaveTextContent("各行相加 1,200.00 元");
    const decision = screen.getByTestId("incomplete-decision");
    expect(decision).toHaveTextContent("1 个文件未能校验，汇总不完整");
    expect(decision).toHaveTextContent("坏文件.xlsx：“坏文件.xlsx”不是 Excel 工作簿");
    expect(screen.queryByTestId("consolidated-summary")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "下载汇总工作簿" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "不含这些文件继续" }));
    expect(screen.getByTestId("incomplete-note")).toHaveTextContent("汇总不完整：不含 1 个未能校验的文件（坏文件.xlsx）");
    expect(screen.getByTestId("consolidated-summary")).toHaveTextContent(/伊吾县1户.*（汇总不完整：不含 1 个未能校验的文件（坏文件\.xlsx））$/);
    await user.click(screen.getByRole("button", { name: "下载汇总工作簿" }));
    await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0].bytes as unknown as ArrayBuffer);
    const verdicts = workbook.getWorksheet("各单位核对")!.getColumn(1).values.map(String);
    expect(verdicts).toContain("未计入的文件");
    expect(verdicts.some((line) => line.startsWith("坏文件.xlsx：未能校验，未计入汇总——"))).toBe(true);
  });

  it("sets the product's own 汇总 aside, saying why, and counts each household once", async () => {
    const { saved, user } = await renderView();
    await user.click(screen.getByRole("button", { name: "下载汇总工作簿" }));
    await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 });
    await user.upload(screen.getByTestId("submissions-input"), [new File([saved[0].bytes as BlobPart], "汇总.xlsx")]);
    const setAside = await within(fileSection("汇总.xlsx")).findByTestId("submission-set-aside", {}, { timeout: 10_000 });
    expect(setAside).toHaveTextContent("未计入：本助手写出的汇总工作簿（由 地直.xlsx、哈密市.xlsx、伊吾县.csv 生成），不是上报名单，未计入");
    expect(screen.getByTestId("consolidated-counts")).toHaveTextContent("数据 5 行");
    expect(screen.queryByTestId("incomplete-decision")).not.toBeInTheDocument();
  });

  it("writes the by-unit sentence, and a 填报单位 typed over one changes it and the 汇总 workbook", async () => {
    const { user, saved } = await renderView();
    const summary = screen.getByTestId("consolidated-summary");
    expect(summary).toHaveTextContent("其中：地直2户（劳模0户）、哈密市2户（劳模0户）、伊吾县1户（劳模0户）");

    const unit = within(fileSection("哈密市.xlsx")).getByTestId("submission-unit");
    await user.clear(unit);
    await user.type(unit, "伊州区");
    await waitFor(() => expect(summary).toHaveTextContent("其中：地直2户（劳模0户）、伊州区2户（劳模0户）、伊吾县1户（劳模0户）"));
    expect(summary).not.toHaveTextContent("哈密市");

    await user.click(screen.getByRole("button", { name: "下载汇总工作簿" }));
    expect(screen.getByTestId("consolidated-saving")).toHaveTextContent("正在生成汇总工作簿…");
    expect(await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 })).toHaveTextContent("已保存：汇总.xlsx");
    expect(screen.queryByTestId("consolidated-saving")).not.toBeInTheDocument();
    expect(saved.map((file) => file.fileName)).toEqual(["汇总.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0].bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["汇总名册", "校验结果", "统计表", "各单位核对"]);
    // Below the 统计表's two header rows (单位 spans both).
    const units = workbook.getWorksheet("统计表")!.getColumn(1).values.slice(3);
    expect(units).toEqual(["地直", "伊州区", "伊吾县", "合计"]);
  });

  it("speaks English to an en-US clerk, the skipped sheet and the unit included", async () => {
    await renderView([], STRINGS_EN);
    expect(within(fileSection("地直.xlsx")).getByTestId("skipped-sheet")).toHaveTextContent("说明：no roster header in the first 30 rows");
    expect(within(fileSection("哈密市.xlsx")).getByTestId("submission-total")).toHaveTextContent("Stated total 3,000.00 yuan, rows add up to 2,500.00 yuan: they disagree");
  });

  it("shows the files done and rows read while the submissions are checked", async () => {
    let finish: (outcomes: CheckedSubmission[]) => void = () => {};
    let run: SubmissionsRun = {};
    const host: SubmissionsHost = {
      checkFiles: (_files, _template, given = {}) => {
        run = given;
        return new Promise((resolve) => (finish = resolve));
      },
      saveConsolidated: async () => "",
      readRegister: (files) => readRegisterFiles(files),
    };
    const view = renderInShell(<ConsolidationView host={host} template={SONGWENNUAN_TEMPLATE} />);
    const files = (await threeSubmissions()).map(({ name, bytes }) => new File([bytes as BlobPart], name));
    await view.user.upload(screen.getByTestId("submissions-input"), files);
    expect(screen.getAllByTestId("submission-file").map((section) => section.textContent)).toEqual(
      ["地直.xlsx", "哈密市.xlsx", "伊吾县.csv"].map((name) => `${name}移除等待校验…`),
    );
    act(() => run.onProgress?.({ filesDone: 1, filesTotal: 3, rowsRead: 12_345 }));
    expect(screen.getByTestId("submissions-progress")).toHaveTextContent("正在校验… 已完成 1/3 个文件，已读 12,345 行");
    expect(screen.getByRole("button", { name: "选择文件…" })).toBeDisabled();
    await act(async () => finish(files.map((file) => ({ file: file.name, checked: [], skipped: [{ sheet: "封面", reason: "no-header" as const }] }))));
    expect(screen.queryByTestId("submissions-progress")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("skipped-sheet")).toHaveLength(3);
  });

  it("in a host with a workbook open (the task pane), adds that workbook's roster sheets beside the picked files", async () => {
    const [dizhi] = await threeSubmissions();
    const inPage = new PageSubmissionsHost(rosterCheckingInPage, consolidatedWritingInPage, () => {});
    const host: SubmissionsHost = {
      checkOpenWorkbook: async (template, run) => (await inPage.checkFiles([{ name: "本工作簿.xlsx", bytes: async () => dizhi.bytes }], template, run))[0],
      checkFiles: (files, template, run) => inPage.checkFiles(files, template, run),
      saveConsolidated: async () => "",
      readRegister: (files) => inPage.readRegister(files),
    };
    const view = renderInShell(<ConsolidationView host={host} template={SONGWENNUAN_TEMPLATE} />);
    await view.user.click(screen.getByRole("button", { name: "加入本工作簿的名单" }));
    await screen.findByTestId("consolidated-summary", {}, { timeout: 10_000 });
    expect(screen.getAllByTestId("submission-file").map((section) => section.dataset.file)).toEqual(["本工作簿.xlsx"]);
    expect(screen.getByTestId("submission-unit")).toHaveValue("地直");
  });

  it("下载报告（Word） and 下载统计表（Excel）: the 活动总结 downloads as a .docx with the by-unit sentence and the 统计表 as a Word table", async () => {
    const { user, saved } = await renderView();
    await user.click(screen.getByRole("button", { name: "下载报告（Word）" }));
    expect(await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 })).toHaveTextContent("已保存：活动总结.docx");
    expect(saved.map((file) => file.fileName)).toEqual(["活动总结.docx"]);
    const xml = docxPart(saved[0].bytes, "word/document.xml");
    expect(xml).toContain(screen.getByTestId("consolidated-summary").textContent);
    expect(docxTables(saved[0].bytes)[0].map((row) => row[0])).toEqual(["单位", "", "地直", "哈密市", "伊吾县", "合计"]);

    // 下载统计表（Excel）: the same table as its own workbook, its numbers numbers.
    await user.click(screen.getByRole("button", { name: "下载统计表（Excel）" }));
    await waitFor(() => expect(screen.getByTestId("consolidated-saved")).toHaveTextContent("已保存：统计表.xlsx"));
    expect(saved.map((file) => file.fileName)).toEqual(["活动总结.docx", "统计表.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[1].bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("统计表")!;
    expect(sheet.getColumn(1).values.slice(1)).toEqual(["单位", "单位", "地直", "哈密市", "伊吾县", "合计"]);
    expect((sheet.getRow(6).values as unknown[]).slice(-3)).toEqual([5, 6000, 0]);
  });

  it("where the host saves no file (Excel's task pane), copies the report's text instead, the 统计表 tab-separated", async () => {
    const inPage = new PageSubmissionsHost(rosterCheckingInPage, consolidatedWritingInPage, () => {});
    const host: SubmissionsHost = { checkFiles: (files, template, run) => inPage.checkFiles(files, template, run), saveConsolidated: async () => "" };
    const view = renderInShell(<ConsolidationView host={host} template={SONGWENNUAN_TEMPLATE} />);
    const files = (await threeSubmissions()).map(({ name, bytes }) => new File([bytes as BlobPart], name));
    await view.user.upload(screen.getByTestId("submissions-input"), files);
    await screen.findByTestId("consolidated-summary", {}, { timeout: 10_000 });
    const copied: string[] = [];
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    expect(screen.queryByRole("button", { name: "下载报告（Word）" })).not.toBeInTheDocument();
    await view.user.click(screen.getByRole("button", { name: "复制报告文字" }));
    expect(await screen.findByTestId("report-copied")).toHaveTextContent("报告文字已复制");
    const lines = copied[0].split("\n");
    expect(lines[0]).toBe("送温暖慰问活动总结");
    expect(lines).toContain(screen.getByTestId("consolidated-summary").textContent);
    expect(lines).toContain("三、统计表");
    expect(lines.find((line) => line.startsWith("合计\t"))!.split("\t").slice(-3)).toEqual(["5", "6,000.00", "0"]);
    // 地直 names itself on its 填报单位 line, but the report is sent by the clerk's unit: left to fill until typed.
    expect(lines.at(-3)).toBe("【请填写：填报单位】");
    await view.user.type(screen.getByRole("textbox", { name: /报告的填报单位/ }), "哈密市总工会");
    await view.user.click(screen.getByRole("button", { name: "复制报告文字" }));
    await waitFor(() => expect(copied).toHaveLength(2));
    const signed = copied[1].split("\n");
    expect(signed[0]).toBe("哈密市总工会送温暖慰问活动总结");
    expect(signed.at(-3)).toBe("哈密市总工会");
  });

  it("several forms in one session: the 劳模 roster dropped with the 送温暖 ones is checked as 劳模慰问, a section each, one report with both sentences", async () => {
    const { user, saved } = await renderView([], STRINGS_ZH, BUNDLED_TEMPLATES, [laomoRoster()]);
    await waitFor(() => expect(screen.getAllByTestId("consolidated")).toHaveLength(2));
    const sections = screen.getAllByTestId("consolidated");
    expect(sections.map((section) => section.dataset.form)).toEqual(["laomo-weiwen", "songwennuan"]);
    expect(sections.map((section) => section.querySelector("h3")!.textContent)).toEqual(["汇总结果 1/2：劳模慰问名册（1 份名单）", "汇总结果 2/2：送温暖慰问花名册（3 份名单）"]);
    const [laomo, songwennuan] = sections.map((section) => within(section));
    // Checked as its own form: no 送温暖 column is missing from it, and its people are not compared with the 送温暖 lists.
    expect(laomo.getByTestId("consolidated-counts")).toHaveTextContent("1 个文件，1 份名单（每个工作表算一份），数据 76 行");
    expect(laomo.getByTestId("consolidated-summary")).toHaveTextContent("76名");
    expect(songwennuan.getByTestId("consolidated-counts")).toHaveTextContent("3 个文件，3 份名单（每个工作表算一份），数据 5 行；错误 3 个");
    expect(screen.queryAllByTestId("issue-row").filter((row) => row.dataset.code === "column-missing")).toEqual([]);

    await user.type(screen.getByRole("textbox", { name: /报告的填报单位/ }), "哈密市总工会");
    await user.click(screen.getByRole("button", { name: "下载报告（Word）" }));
    await screen.findByTestId("consolidated-saved", {}, { timeout: 10_000 });
    const paragraphs = await docxParagraphs(saved[0].bytes);
    expect(paragraphs[0]).toBe("哈密市总工会送温暖慰问活动总结");
    // 送温暖's sentence (1), the 劳模 roster's (2), whichever was dropped first.
    const first = paragraphs.findIndex((text) => text.startsWith("（1）"));
    expect(paragraphs[first]).toBe(`（1）${songwennuan.getByTestId("consolidated-summary").textContent}`);
    expect(paragraphs[first + 1]).toBe("（2）全地区将为76名自治区级以上劳模发放春节慰问金、特殊困难帮扶金20.4万元。");
    expect(docxTables(saved[0].bytes).map((table) => table.at(-1)![0])).toEqual(["合计", "合计"]);
    expect(paragraphs.at(-2)).toBe("哈密市总工会");
  });

  it("several forms in one session: each section's 下载汇总工作簿 downloads under its own form's name, not two 汇总.xlsx", async () => {
    const { user, saved } = await renderView([], STRINGS_ZH, BUNDLED_TEMPLATES, [laomoRoster()]);
    await waitFor(() => expect(screen.getAllByTestId("consolidated")).toHaveLength(2));
    for (const section of screen.getAllByTestId("consolidated")) {
      await user.click(within(section).getByRole("button", { name: "下载汇总工作簿" }));
      await waitFor(() => expect(saved).toHaveLength(screen.getAllByTestId("consolidated").indexOf(section) + 1), { timeout: 10_000 });
    }
    expect(saved.map((file) => file.fileName)).toEqual(["汇总-劳模慰问名册.xlsx", "汇总-送温暖慰问花名册.xlsx"]);
    expect(screen.getByTestId("consolidated-saved")).toHaveTextContent("汇总-送温暖慰问花名册.xlsx");
  });
});
