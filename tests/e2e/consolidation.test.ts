/**
 * 汇总 on the standalone page in Debian's Chromium: three units' submissions (two workbooks and a
 * CSV, written by exceljs here) dropped on the page, each checked in a worker of its own, the person
 * both 地直 and 哈密市 paid caught, a 填报单位 corrected, and the 汇总 workbook downloaded and
 * opened again with exceljs.
 */
import type { Page } from "playwright-core";
import { handWrittenLaomoRoster, PAID_TWICE, submissionXlsx, threeSubmissions, validId } from "../apps/standalone/submission-workbooks";
import { downloadBytes, dropFiles, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { seriousViolations } from "./support/axe";
import { loadWorkbook, sheetTexts } from "./support/workbooks";
import { docxParagraphs, docxTables } from "../adapters/docx/read-docx";

jest.setTimeout(90_000);

const world = useWorld("standalone.html");
const guarded = useGuardedPage(world);


function fileSection(page: Page, name: string) {
  return page.locator(`[data-testid="submission-file"][data-file="${name}"]`);
}

describe("standalone page: 逐级上报（多份名单）", () => {
  test("three submissions dropped: each file's verdict, the person paid twice, and the 汇总 workbook with its four sheets", async () => {
    const { page } = guarded();
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    await dropFiles(page, "submissions-drop-zone", await threeSubmissions());
    await page.getByTestId("consolidated-summary").waitFor({ timeout: UI_TIMEOUT });

    // Each submission read and checked off the page's thread, in a worker of its own.
    expect(workers.length).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId("submission-file").evaluateAll((sections) => sections.map((section) => section.getAttribute("data-file")))).toEqual([
      "地直.xlsx",
      "哈密市.xlsx",
      "伊吾县.csv",
    ]);
    const dizhi = fileSection(page, "地直.xlsx");
    expect(await dizhi.getByTestId("submission").innerText()).toContain("数据 2 行；错误 1 个，警告 0 个");
    expect(await dizhi.getByTestId("submission-total").innerText()).toBe("表中合计 2,300.00 元，各行相加 2,300.00 元：相符");
    expect(await dizhi.getByTestId("skipped-sheet").innerText()).toContain("说明：前 30 行没有认得出的名单表头");
    const hami = fileSection(page, "哈密市.xlsx");
    expect(await hami.getByTestId("submission-total").innerText()).toBe("表中合计 3,000.00 元，各行相加 2,500.00 元：不相符，请该单位核对");
    expect(await fileSection(page, "伊吾县.csv").getByTestId("submission-total").innerText()).toBe("表中没有合计行；各行相加 1,200.00 元");
    expect(await page.getByTestId("not-all-checked").innerText()).toContain("1 个工作表未校验");

    const duplicate = page.locator('[data-testid="issue-row"][data-code="duplicate-person"]');
    expect(await duplicate.getAttribute("data-issue-cell")).toBe("哈密市.xlsx › 名单!D4");
    expect(await duplicate.innerText()).toContain("身份证号码与另一份上报的 地直.xlsx › 名单!D4 是同一人");
    expect(await page.getByTestId("consolidation-view").innerText()).not.toContain(PAID_TWICE);

    // 哈密市 names no unit: its file's name stands until the clerk types the unit it reports for.
    await hami.getByTestId("submission-unit").fill("伊州区");
    const summary = page.getByTestId("consolidated-summary");
    await page.waitForFunction((element) => element?.textContent?.includes("伊州区2户"), await summary.elementHandle(), { timeout: UI_TIMEOUT });
    expect(await summary.innerText()).toBe(
      "本次全地区共走访慰问5名困难劳模及职工，其中：地直2户（劳模0户）、伊州区2户（劳模0户）、伊吾县1户（劳模0户）。" +
        "将发放慰问金0.6万元，其中：地直0.23万元、伊州区0.25万元、伊吾县0.12万元。",
    );

    const { name, bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载汇总工作簿" }).click());
    expect(name).toBe("汇总.xlsx");
    // Written in a worker too: copying every submission's rows with exceljs must not freeze the tab.
    expect(workers.length).toBeGreaterThanOrEqual(4);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["汇总名册", "校验结果", "统计表", "各单位核对"]);
    const sheets = new Map(sheetTexts(workbook).map((sheet) => [sheet.sheet, sheet]));

    const roster = sheets.get("汇总名册")!;
    expect(roster.header.slice(0, 5)).toEqual(["来源单位", "来源文件", "工作表", "行", "序号"]);
    expect(roster.rows.map((row) => row.slice(0, 4).join(" "))).toEqual([
      "地直 地直.xlsx 名单 4",
      "地直 地直.xlsx 名单 5",
      "伊州区 哈密市.xlsx 名单 3",
      "伊州区 哈密市.xlsx 名单 4",
      "伊吾县 伊吾县.csv 伊吾县 2",
    ]);
    // The second 张三 is flagged in the 汇总名册 itself, his ID kept as the unit wrote it.
    const idColumn = roster.header.indexOf("身份证号码") + 1;
    const secondPayment = workbook.getWorksheet("汇总名册")!.getRow(5).getCell(idColumn);
    expect(secondPayment.text).toBe(PAID_TWICE);
    expect((secondPayment.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).toBe("FFFFC7CE");

    const byUnit = sheets.get("统计表")!;
    const total = (unit: string) => {
      const row = byUnit.rows.find((cells) => cells[0] === unit)!;
      // The report's layout: 合计 over its 户数 and 金额（元）.
      const at = byUnit.header.indexOf("合计");
      return [row[at], row[at + 1]];
    };
    expect(byUnit.rows.map((row) => row[0])).toEqual(["单位", "地直", "伊州区", "伊吾县", "合计"]);
    expect(["地直", "伊州区", "伊吾县", "合计"].map(total)).toEqual([
      ["2", "2300"],
      ["2", "2500"],
      ["1", "1200"],
      ["5", "6000"],
    ]);

    const verdicts = sheets.get("各单位核对")!;
    const hamiVerdict = verdicts.rows.find((row) => row[0] === "哈密市.xlsx")!;
    expect(hamiVerdict.slice(2)).toEqual(["伊州区", "2", "2", "0", "2500", "3000", "不符", "—"]);
    expect(verdicts.rows.flat().join(" ")).toContain("地直.xlsx › 说明");

    const issues = sheets.get("校验结果")!.rows.map((row) => row.join(" "));
    expect(issues.find((line) => line.includes("duplicate-person") || line.includes("身份证号码与另一份上报"))).toContain("哈密市.xlsx 名单");
  });

  test("a folder with one damaged file: no summary or download until the clerk decides; after 不含这些文件继续 the 汇总 names the file left out", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    const [first, ...rest] = await threeSubmissions();
    // A county's file cut short in the copying: its zip directory is gone.
    const damaged = { name: "城关区.xlsx", bytes: first.bytes.subarray(0, 3000) };
    await dropFiles(page, "submissions-drop-zone", [first, damaged, ...rest]);
    const decision = page.getByTestId("incomplete-decision");
    await decision.waitFor({ timeout: UI_TIMEOUT });

    // Each readable file's own verdict is shown; the damaged one is named with its reason.
    expect(await fileSection(page, "伊吾县.csv").getByTestId("submission-total").innerText()).toBe("表中没有合计行；各行相加 1,200.00 元");
    expect(await fileSection(page, "城关区.xlsx").getByTestId("submission-error").innerText()).toContain("城关区.xlsx");
    expect(await decision.innerText()).toContain("1 个文件未能校验，汇总不完整");
    expect(await decision.innerText()).toContain("城关区.xlsx：");
    expect(await page.getByTestId("consolidated-summary").count()).toBe(0);
    expect(await page.getByRole("button", { name: "下载汇总工作簿" }).count()).toBe(0);

    await page.getByRole("button", { name: "不含这些文件继续" }).click();
    expect(await page.getByTestId("incomplete-note").innerText()).toBe("汇总不完整：不含 1 个未能校验的文件（城关区.xlsx），以上数字不含这些文件。");
    expect(await page.getByTestId("consolidated-summary").innerText()).toMatch(/（汇总不完整：不含 1 个未能校验的文件（城关区\.xlsx））$/);
    const { bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载汇总工作簿" }).click());
    const sheets = new Map(sheetTexts(await loadWorkbook(bytes)).map((sheet) => [sheet.sheet, sheet]));
    const verdicts = [sheets.get("各单位核对")!.header, ...sheets.get("各单位核对")!.rows].map((row) => row[0]);
    expect(verdicts).toContain("未计入的文件");
    expect(verdicts.find((line) => line.startsWith("城关区.xlsx："))).toMatch(/^城关区\.xlsx：未能校验，未计入汇总——/);
    const byUnit = sheets.get("统计表")!.rows.map((row) => row[0]);
    expect(byUnit.at(-1)).toBe("汇总不完整：不含 1 个未能校验的文件（城关区.xlsx），以上数字不含这些文件。");
  });

  test("下载报告（Word）: the 活动总结 downloads as a .docx built in the browser, its sentence and 统计表 as the page shows them", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    await dropFiles(page, "submissions-drop-zone", await threeSubmissions());
    const summary = await page.getByTestId("consolidated-summary").innerText({ timeout: UI_TIMEOUT });
    const { name, bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载报告（Word）" }).click());
    expect(name).toBe("活动总结.docx");
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs[0]).toBe("送温暖慰问活动总结");
    expect(paragraphs).toContain(summary);
    expect(docxTables(bytes)[0].at(-1)!.slice(-3)).toEqual(["5", "6,000", "0"]);
    // Something was left out (地直's 说明 sheet, uncorrected errors): the report says so before it goes up.
    expect(paragraphs.find((text) => text.startsWith("【请核实"))).toContain("还有 3 处错误未改正");
  });

  test("several forms in one session: a hand-written 劳模 roster in 万元 dropped with the 送温暖 submissions is checked as 劳模慰问, a section each, one report with both sentences", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    await dropFiles(page, "submissions-drop-zone", [await handWrittenLaomoRoster(), ...(await threeSubmissions())]);
    const section = (form: string) => page.locator(`[data-testid="consolidated"][data-form="${form}"]`);
    const laomo = await section("laomo-weiwen").getByTestId("consolidated-summary").innerText({ timeout: UI_TIMEOUT });
    const songwennuan = await section("songwennuan").getByTestId("consolidated-summary").innerText({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId("consolidated").locator("h3").first().innerText()).toBe("汇总结果 1/2：劳模慰问名册（1 份名单）");
    expect(await section("songwennuan").locator("h3").first().innerText()).toBe("汇总结果 2/2：送温暖慰问花名册（3 份名单）");
    expect(laomo).toContain("3名");
    // The 劳模 file asked for none of 送温暖's columns.
    expect(await section("laomo-weiwen").locator('[data-testid="issue-row"][data-code="column-missing"]').count()).toBe(0);

    await page.getByRole("textbox", { name: /报告的填报单位/ }).fill("哈密地区总工会");
    const { bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载报告（Word）" }).click());
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs[0]).toBe("哈密地区总工会送温暖慰问活动总结");
    expect(paragraphs).toContain(`（1）${songwennuan}`);
    expect(paragraphs).toContain("（2）全地区将为3名自治区级以上劳模发放春节慰问金、特殊困难帮扶金1.3万元。");
    expect(docxTables(bytes).map((table) => table.at(-1)!.slice(-3))).toEqual([
      ["5", "6,000", "0"],
      ["3", "13,000", "2"],
    ]);
    expect(paragraphs.at(-2)).toBe("哈密地区总工会");
  });

  test("a county workbook of several township sheets opened alone: 全部校验并汇总 checks every one of them", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    const county = await submissionXlsx(
      [
        { name: "清源镇", unitLine: "清源镇", rows: [[1, "清源镇", "张三", validId("65222219700101001"), "困难职工", "省总", "QY-1", 1000]] },
        { name: "石城子乡", unitLine: "石城子乡", rows: [[1, "石城子乡", "李四", validId("65222219800101002"), "困难职工", "省总", "SC-1", 1200]] },
      ],
      "各乡镇名单见各表",
    );
    await page.getByTestId("file-input").setInputFiles({ name: "巴里坤县.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(county) });
    await page.getByRole("button", { name: "这个工作簿有 3 个工作表：全部校验并汇总" }).click({ timeout: UI_TIMEOUT });
    await page.getByTestId("consolidated-summary").waitFor({ timeout: UI_TIMEOUT });
    const file = fileSection(page, "巴里坤县.xlsx");
    expect(await file.getByTestId("submission").evaluateAll((sheets) => sheets.map((sheet) => sheet.getAttribute("data-sheet")))).toEqual(["清源镇", "石城子乡"]);
    expect(await page.getByTestId("consolidated-summary").innerText()).toContain("其中：清源镇1户（劳模0户）、石城子乡1户（劳模0户）");
  });

  test("at the task pane's width (320 px) the view passes axe and every control stays inside it", async () => {
    const { page } = guarded();
    await page.setViewportSize({ width: 320, height: 900 });
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    await page.getByTestId("submissions-input").setInputFiles((await threeSubmissions()).map(({ name, bytes }) => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) })));
    await page.getByTestId("consolidated-summary").waitFor({ timeout: UI_TIMEOUT });
    expect(await seriousViolations(page)).toEqual([]);
    const spilled = await page.getByTestId("consolidation-view").evaluate((view) => {
      const edge = Math.min(view.getBoundingClientRect().right, window.innerWidth) + 1;
      return [...view.querySelectorAll("input, button")]
        .filter((control) => (control as HTMLElement).offsetParent !== null && control.getBoundingClientRect().right > edge)
        .map((control) => control.getAttribute("aria-label") ?? (control as HTMLElement).innerText ?? control.tagName);
    });
    expect(spilled).toEqual([]);
  });
});
