/**
 * Choosing the form on the page (issue 10): the clerk switches the page to 金秋助学, opens its sample
 * with the file picker, and sees the issues and summary the engine gives in Node on the same file;
 * the blank form downloaded for that form is the 金秋助学 one. Real Chromium, the page from dist/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { openWorkbook } from "../../src/adapters/xlsx/open-workbook";
import { checkGrid } from "../../src/core/check/check-grid";
import { renderSummary } from "../../src/core/summary/render-summary";
import { summaryDimensions } from "../../src/core/summary/summary-dimensions";
import { bundledPack } from "../templates/pack-sample-check";
import { counts, downloadBytes, expectText, issueRows, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { loadWorkbook, SAMPLES_DIR } from "./support/workbooks";

jest.setTimeout(60_000);

const world = useWorld("standalone.html");
const guarded = useGuardedPage(world);

const JINQIU_DEFECTS = join(SAMPLES_DIR, "jinqiu-zhuxue-tianmen-defects.xlsx");
const JINQIU = bundledPack("jinqiu-zhuxue");

/** What the engine finds in the file in Node, with the page's today (students' ages depend on it). */
async function expectedInNode(): Promise<{ issues: string[]; errors: number; summary: string }> {
  const opened = await openWorkbook(new Uint8Array(readFileSync(JINQIU_DEFECTS)), "jinqiu-zhuxue-tianmen-defects.xlsx");
  const grid = opened.sheets[0];
  const result = checkGrid(JINQIU, { sheet: grid.name, rows: grid.rows, firstRow: grid.firstRow, firstColumn: grid.firstColumn, hiddenRows: grid.hiddenRows, today: new Date() });
  return {
    issues: result.issues.map((issue) => `${issue.cell} ${issue.code}`).sort(),
    errors: result.issues.filter((issue) => issue.severity === "error").length,
    summary: renderSummary(JINQIU.summaries[0].text, result, summaryDimensions(JINQIU)).text,
  };
}

async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ timeout: UI_TIMEOUT });
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}

async function openAs(page: Page, formName: string | null, file: string): Promise<void> {
  await openStandalone(page, world());
  if (formName !== null) await page.getByTestId("page-form-select").selectOption({ label: formName });
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("form-picker").waitFor({ timeout: UI_TIMEOUT });
}

describe("the form the page checks with", () => {
  test("switched to 金秋助学, its sample shows the engine's issues and summary", async () => {
    const { page } = guarded();
    const expected = await expectedInNode();
    expect(expected.issues.length).toBeGreaterThan(0);
    expect(expected.summary).toContain("共资助困难职工子女");

    await openAs(page, "金秋助学资助名单", JINQIU_DEFECTS);
    expect(await page.getByTestId("form-picker").getAttribute("data-form")).toBe("jinqiu-zhuxue");
    expect(await textOf(page.getByTestId("form-reason"))).toContain("已改用“金秋助学资助名单”校验");
    await page.getByRole("button", { name: "一键校验" }).click();
    expect((await counts(page)).errors).toBe(expected.errors);
    expect(await issueRows(page)).toEqual(expected.issues);

    await page.getByRole("tab", { name: "总结" }).click();
    await expectText(page.getByTestId("summary-preview"), expected.summary);
  });

  test("left to read the header, the sample is detected as 金秋助学 and the reason is shown", async () => {
    const { page } = guarded();
    await openAs(page, null, JINQIU_DEFECTS);
    expect(await page.getByTestId("form-picker").getAttribute("data-form")).toBe("jinqiu-zhuxue");
    expect(await textOf(page.getByTestId("form-reason"))).toMatch(/^按表头识别为“金秋助学资助名单”（\d+ 列中认出 \d+ 列/);
  });

  test("下载空白表 for 金秋助学 gives the 金秋助学 form: its header, ID columns as text", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByTestId("page-form-select").selectOption({ label: "金秋助学资助名单" });
    const { name, bytes } = await downloadBytes(page, () => page.getByTestId("download-blank").click());
    expect(name).toContain("金秋助学");
    const workbook = await loadWorkbook(bytes);
    const sheet = workbook.worksheets[0];
    let header: { rowNumber: number; texts: string[] } | null = null;
    sheet.eachRow((row, rowNumber) => {
      const texts = (row.values as unknown[]).slice(1).map((value) => String(value ?? ""));
      if (header === null && texts.includes("学生姓名")) header = { rowNumber, texts };
    });
    const found = header as { rowNumber: number; texts: string[] } | null;
    expect(found?.texts).toEqual(JINQIU.fields.map((field) => field.label));
    // The 15-digit trap cannot happen: the first row to fill keeps an ID as typed.
    for (const label of ["学生身份证号", "家长身份证号", "银行卡号"]) {
      expect(sheet.getCell(found!.rowNumber + 1, found!.texts.indexOf(label) + 1).numFmt).toBe("@");
    }
  });
});
