/**
 * The standalone page in Debian's Chromium, served from dist/ on 127.0.0.1: the clerk's whole flow
 * with the mouse (the keyboard-only run is in keyboard.test.ts). Expected figures come from
 * assets/samples/README.md and from the same engine run in Node on the same file.
 */
import { loadWorkbook, annotatedCopyProblems, checkInNode, CLEAN_SAMPLE, CLEAN_SUMMARY, DEFECTS_SAMPLE, PLANTED_DEFECTS, sheetTexts } from "./support/workbooks";
import { cellInView, counts, downloadBytes, expectText, issueRows, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { readFileSync } from "node:fs";
import { rosterWithPassedOverSheets } from "../apps/standalone/roster-workbook";
import type { Page } from "playwright-core";

jest.setTimeout(60_000);

const world = useWorld("standalone.html", "samples/songwennuan-hami-defects.xlsx");
const guarded = useGuardedPage(world);

const PLANTED = PLANTED_DEFECTS.map((defect) => `${defect.cell} ${defect.code}`).sort();

async function openSampleAndCheck(page: Page): Promise<void> {
  await openStandalone(page, world());
  await page.getByRole("button", { name: "打开示例" }).click();
  await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole("button", { name: "一键校验" }).click();
  await counts(page);
}

describe("standalone page", () => {
  test("says on screen that nothing leaves the page", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await expectText(page.getByTestId("privacy-banner"), "所有数据只在本页面中处理：不上传、不联网。");
  });

  test("打开示例 → 一键校验 finds exactly the planted defects: 10 errors, 3 warnings", async () => {
    const { page } = guarded();
    await openSampleAndCheck(page);
    const shown = await counts(page);
    expect(shown).toMatchObject({ errors: 10, warnings: 3 });
    expect(shown.text).toContain("错误 10 个，警告 3 个");
    expect(await issueRows(page)).toEqual(PLANTED);
  });

  test("the defects file opened with the file picker gives the same result", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByTestId("file-input").setInputFiles(DEFECTS_SAMPLE);
    await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    expect(await counts(page)).toMatchObject({ errors: 10, warnings: 3 });
    expect(await issueRows(page)).toEqual(PLANTED);
  });

  test("the verdict names the sheets it did not check, and why (read in the page's worker)", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    const bytes = await rosterWithPassedOverSheets();
    await page.getByTestId("file-input").setInputFiles({ name: "伊州区.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    await page.getByText("已打开：伊州区.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    expect(await counts(page)).toMatchObject({ errors: 2, warnings: 0 });
    await expectText(page.getByTestId("skipped-sheets"), "未校验的工作表：“填表说明”（没有名单表头）、“上月名单”（隐藏）、“校验结果 (2)”（认作此前生成的校验结果）。");
  });

  test("clicking an issue far down the sheet selects its cell in the preview and scrolls it into view", async () => {
    const { page } = guarded();
    await openSampleAndCheck(page);
    for (const cell of ["D363", "I4"]) {
      const row = page.locator(`[data-testid="issue-row"][data-issue-cell="${cell}"]`);
      await row.click();
      await expectAttribute(row, "aria-current", "true");
      await waitForCell(page, cell);
      const seen = await cellInView(page, cell);
      expect({ cell, ...seen }).toMatchObject({ cell, inView: true, selected: "true", mark: "error" });
      expect(seen.outline).toMatch(/^solid [1-9]/);
    }
    // Only one cell is selected at a time.
    expect(await page.locator('[data-testid="sheet-preview"] [aria-selected="true"]').count()).toBe(1);
  });

  test("总结 shows the paragraph the engine writes for this file (27.3万元, 伊吾县3.5万元)", async () => {
    const { page } = guarded();
    const expected = (await checkInNode(DEFECTS_SAMPLE)).summary;
    // assets/samples/README.md: 壹仟 counts 0, so 伊吾县 35,000 元 and 273,000 元 in all.
    expect(expected).toContain("将发放慰问金27.3万元");
    expect(expected).toContain("伊吾县3.5万元");
    await openSampleAndCheck(page);
    await page.getByRole("tab", { name: "总结" }).click();
    await expectText(page.getByTestId("summary-preview"), expected);
  });

  test("the clean roster opened with the file picker: no issues and the seed paragraph", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByTestId("file-input").setInputFiles(CLEAN_SAMPLE);
    await page.getByText("已打开：songwennuan-hami.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    const shown = await counts(page);
    expect(shown).toMatchObject({ errors: 0, warnings: 0 });
    await page.getByText("没有发现问题。").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("tab", { name: "总结" }).click();
    await expectText(page.getByTestId("summary-preview"), CLEAN_SUMMARY);
  });

  test("下载校验结果: every original value unchanged, flagged cells filled, 校验结果 and 分地区汇总 added", async () => {
    const { page } = guarded();
    await openSampleAndCheck(page);
    const { name, bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载校验结果" }).click());
    expect(name).toBe("songwennuan-hami-defects-校验结果.xlsx");
    const input = await loadWorkbook(readFileSync(DEFECTS_SAMPLE));
    const output = await loadWorkbook(bytes);
    const { result } = await checkInNode(DEFECTS_SAMPLE);
    const flagged = new Set(PLANTED_DEFECTS.map((defect) => defect.cell));
    expect(annotatedCopyProblems(input, output, { sheet: result.sheet, cells: flagged })).toEqual([]);
    const names = output.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([...input.worksheets.map((sheet) => sheet.name), "校验结果", "分地区汇总"]);
    const issuesSheet = sheetTexts(output).find((sheet) => sheet.sheet === "校验结果")!;
    const listed = issuesSheet.rows.map((row) => row.join(" "));
    for (const defect of PLANTED_DEFECTS) {
      expect({ cell: defect.cell, listed: listed.some((line) => line.includes(defect.cell)) }).toEqual({ cell: defect.cell, listed: true });
    }
    const regions = sheetTexts(output).find((sheet) => sheet.sheet === "分地区汇总")!;
    const regionText = regions.rows.map((row) => row.join(" ")).join("\n");
    for (const region of ["地直", "哈密市", "巴里坤县", "伊吾县"]) expect(regionText).toContain(region);
  });

  test("设置 saved on the page come back after a reload; localStorage holds them and nothing about a person", async () => {
    const { page } = guarded();
    await openSampleAndCheck(page);
    await page.getByRole("tab", { name: "设置" }).click();
    const firstMinimum = () => page.getByTestId("minimum-row").first().getByRole("textbox", { name: "最低金额（元）" });
    await firstMinimum().fill("1200");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByTestId("settings-notice").waitFor({ timeout: UI_TIMEOUT });

    await page.reload();
    await openSampleAndCheck(page);
    await page.getByRole("tab", { name: "设置" }).click();
    expect(await firstMinimum().inputValue()).toBe("1200");

    const stored = await page.evaluate(() => Object.entries(window.localStorage));
    expect(stored.map(([key]) => key)).toEqual(["baobiao-zhushou.rules"]);
    const [[, text]] = stored;
    expect(JSON.parse(text)).toMatchObject({ rules: { minimums: expect.arrayContaining([expect.objectContaining({ minYuan: 1200 })]) } });
    // Levels, groups and amounts only: no ID, card or phone digits, no name from the roster.
    expect(text).not.toMatch(/\d{6,}/);
    expect(text).not.toMatch(/张|王|李|刘|马|艾/);
  });

  test("下载公示版: names and amounts, IDs masked, no account or phone column in clear", async () => {
    const { page } = guarded();
    await openSampleAndCheck(page);
    const { name, bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载公示版" }).click());
    expect(name).toBe("songwennuan-hami-defects-公示版.xlsx");
    const sheets = sheetTexts(await loadWorkbook(bytes));
    expect(sheets).toHaveLength(1);
    const [list] = sheets;
    const header = list.header.join(" ");
    expect(header).toContain("姓名");
    expect(header).not.toMatch(/卡号|账号|帐号|电话|手机|户名|档案/);
    expect(list.rows.length).toBeGreaterThanOrEqual(400);
    const everything = list.rows.flat();
    // No ID (18 or 15 digits), bank card (16–19 digits) or mobile number (11 digits) in clear.
    const inClear = everything.filter((text) => /\d{11,}/.test(text.replace(/[\s-]/g, "")));
    expect(inClear).toEqual([]);
    const masked = everything.filter((text) => /^\d{6}\*{8}\d{3}[\dX]$/.test(text));
    expect(masked.length).toBeGreaterThanOrEqual(390);
  });

  test("下载空白表: a blank form with text-format ID cells, dropdowns and 填报说明, before any file is opened", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    const { name, bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载空白表（下发用）" }).click());
    expect(name).toBe("送温暖慰问花名册-空白表.xlsx");
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["送温暖慰问花名册", "visible"],
      ["填报说明", "visible"],
      ["报表助手设置", "veryHidden"],
    ]);
    const form = workbook.worksheets[0];
    expect(form.getCell("E4").numFmt).toBe("@");
    expect(form.getCell("F4").dataValidation).toMatchObject({ type: "list", formulae: ['"困难职工,困难劳模,困难农民工"'] });
    expect(form.getCell("K4").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 20000] });
  });
});


async function expectAttribute(locator: ReturnType<Page["locator"]>, name: string, value: string): Promise<void> {
  await locator.page().waitForFunction(
    ([element, key, want]) => (element as HTMLElement).getAttribute(key) === want,
    [await locator.elementHandle(), name, value] as const,
    { timeout: UI_TIMEOUT },
  ).catch(() => undefined);
  expect(await locator.getAttribute(name)).toBe(value);
}

/** The preview renders only rows in view: wait until the selected cell has been scrolled to and drawn. */
async function waitForCell(page: Page, cell: string): Promise<void> {
  await page
    .waitForFunction(
      (address) => {
        const element = document.querySelector(`[data-testid="sheet-preview"] [data-cell="${address}"]`);
        const scroller = document.querySelector('[data-testid="sheet-preview"]');
        if (!element || !scroller || element.getAttribute("aria-selected") !== "true") return false;
        const box = element.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      },
      cell,
      { timeout: UI_TIMEOUT },
    )
    .catch(() => undefined);
}
