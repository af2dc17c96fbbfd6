/**
 * The same flow as standalone.test.ts with the keyboard only: Tab, Enter, Space and arrow keys.
 * No mouse click anywhere in this file.
 */
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { counts, downloadBytes, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { annotatedCopyProblems, checkInNode, CLEAN_SAMPLE, CLEAN_SUMMARY, DEFECTS_SAMPLE, loadWorkbook, PLANTED_DEFECTS } from "./support/workbooks";

jest.setTimeout(60_000);

const world = useWorld("standalone.html", "samples/songwennuan-hami-defects.xlsx");
const guarded = useGuardedPage(world);

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  testId: string | null;
  cell: string | null;
  selected: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      role: element?.getAttribute("role") ?? null,
      name: (element?.getAttribute("aria-label") ?? element?.innerText ?? "").replace(/\s+/g, " ").trim().slice(0, 40),
      testId: element?.getAttribute("data-testid") ?? null,
      cell: element?.getAttribute("data-issue-cell") ?? null,
      selected: element?.getAttribute("aria-selected") ?? null,
    };
  });
}

/** Presses Tab until the focused element matches; fails naming every stop on the way. */
async function tabTo(page: Page, what: string, matches: (element: Focused) => boolean, key = "Tab"): Promise<void> {
  const path: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    const element = await focused(page);
    if (matches(element)) return;
    path.push(`${element.tag}${element.role ? `[${element.role}]` : ""} “${element.name}”`);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${what}; focus went: ${path.join(" → ")}`);
}

const button = (name: string) => (element: Focused) => element.tag === "button" && element.name === name;

async function openSampleAndCheckByKeyboard(page: Page): Promise<void> {
  await openStandalone(page, world());
  await tabTo(page, "打开示例", button("打开示例"));
  await page.keyboard.press("Enter");
  await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
  await tabTo(page, "一键校验", button("一键校验"));
  await page.keyboard.press("Enter");
  expect(await counts(page)).toMatchObject({ errors: 10, warnings: 3 });
}

describe("standalone page, keyboard only", () => {
  test("open the sample, check, jump to an issue, read the summary, download the result", async () => {
    const { page } = guarded();
    await openSampleAndCheckByKeyboard(page);

    // Tab to the issue for D363 and press Space: the preview selects the cell.
    await tabTo(page, "the issue at D363", (element) => element.testId === "issue-row" && element.cell === "D363");
    await page.keyboard.press("Space");
    await page
      .waitForFunction(
        () => document.querySelector('[data-testid="sheet-preview"] [data-cell="D363"]')?.getAttribute("aria-selected") === "true",
        undefined,
        { timeout: UI_TIMEOUT },
      )
      .catch(() => undefined);
    expect(await page.locator('[data-testid="sheet-preview"] [data-cell="D363"]').getAttribute("aria-selected")).toBe("true");
    expect(await page.locator('[data-testid="issue-row"][data-issue-cell="D363"]').getAttribute("aria-current")).toBe("true");

    // Back (Shift+Tab) to the tab list; arrows move between tabs, Enter opens 总结.
    await tabTo(page, "the 校验 tab", (element) => element.role === "tab" && element.name === "校验", "Shift+Tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toMatchObject({ role: "tab", name: "总结" });
    await page.keyboard.press("Enter");
    const expected = (await checkInNode(DEFECTS_SAMPLE)).summary;
    const preview = page.getByTestId("summary-preview");
    await preview.waitFor({ timeout: UI_TIMEOUT });
    expect((await preview.innerText()).trim()).toBe(expected);

    // Back to 校验 and download the annotated copy with Enter.
    await tabTo(page, "the 总结 tab", (element) => element.role === "tab" && element.name === "总结", "Shift+Tab");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await counts(page);
    await tabTo(page, "下载校验结果", button("下载校验结果"));
    const { name, bytes } = await downloadBytes(page, () => page.keyboard.press("Enter"));
    expect(name).toBe("songwennuan-hami-defects-校验结果.xlsx");
    const { result } = await checkInNode(DEFECTS_SAMPLE);
    const problems = annotatedCopyProblems(await loadWorkbook(readFileSync(DEFECTS_SAMPLE)), await loadWorkbook(bytes), {
      sheet: result.sheet,
      cells: new Set(PLANTED_DEFECTS.map((defect) => defect.cell)),
    });
    expect(problems).toEqual([]);
  });

  test("打开文件 with Enter opens the file chooser; the clean roster gives the seed paragraph", async () => {
    const { page } = guarded();
    // Listening early: Playwright turns on file-chooser interception asynchronously when the first
    // listener is added, and a key pressed right after can still reach the native dialog.
    const choosing = page.waitForEvent("filechooser", { timeout: 2 * UI_TIMEOUT });
    await openStandalone(page, world());
    await tabTo(page, "打开文件", button("打开文件"));
    await page.keyboard.press("Enter");
    const chooser = await choosing.catch(async (error: Error) => {
      throw new Error(`Enter on 打开文件 opened no file chooser (focus: ${JSON.stringify(await focused(page))}): ${error.message}`);
    });
    await chooser.setFiles(CLEAN_SAMPLE);
    await page.getByText("已打开：songwennuan-hami.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await tabTo(page, "一键校验", button("一键校验"));
    await page.keyboard.press("Space");
    expect(await counts(page)).toMatchObject({ errors: 0, warnings: 0 });
    await tabTo(page, "the 校验 tab", (element) => element.role === "tab" && element.name === "校验", "Shift+Tab");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    expect(await focused(page)).toMatchObject({ role: "tab", name: "总结" });
    await page.keyboard.press("Space");
    const preview = page.getByTestId("summary-preview");
    await preview.waitFor({ timeout: UI_TIMEOUT });
    expect((await preview.innerText()).trim()).toBe(CLEAN_SUMMARY);
  });
});
