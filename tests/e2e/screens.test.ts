/**
 * Each tab of the standalone page after checking the defects sample: an axe-core scan with no
 * serious or critical violation, a screenshot, and Chinese drawn with a real CJK font (not boxes).
 * Screenshots go to a temporary folder, so a test run leaves the clone unchanged; `npm run
 * screenshots` sets SCREENSHOTS_DIR=docs/screenshots to refresh the committed ones.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { counts, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";

jest.setTimeout(90_000);

const SCREENSHOTS = process.env.SCREENSHOTS_DIR
  ? path.resolve(process.env.SCREENSHOTS_DIR)
  : mkdtempSync(path.join(tmpdir(), "baobiao-screenshots-"));

const world = useWorld("standalone.html", "samples/songwennuan-hami-defects.xlsx");
const guarded = useGuardedPage(world);

const TABS = [
  { name: "校验", file: "check.png", ready: (page: Page) => page.getByTestId("issue-list").waitFor({ timeout: UI_TIMEOUT }) },
  { name: "汇总", file: "totals.png", ready: (page: Page) => page.getByTestId("totals-by-region").waitFor({ timeout: UI_TIMEOUT }) },
  { name: "总结", file: "summary.png", ready: (page: Page) => page.getByTestId("summary-preview").waitFor({ timeout: UI_TIMEOUT }) },
  { name: "设置", file: "settings.png", ready: (page: Page) => page.getByTestId("save-settings").waitFor({ timeout: UI_TIMEOUT }) },
] as const;

/**
 * Draws glyphs in the page's own font stack. With no CJK font Chromium draws the same .notdef
 * box for every ideograph, so two different characters come out identical.
 */
async function cjkGlyphs(page: Page): Promise<{ distinct: boolean; notBlank: boolean }> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const font = getComputedStyle(document.querySelector('[role="tab"]') ?? document.body).fontFamily;
    const draw = (text: string) => {
      context.clearRect(0, 0, 64, 64);
      context.font = `40px ${font}`;
      context.fillStyle = "#000";
      context.fillText(text, 4, 48);
      return Array.from(context.getImageData(0, 0, 64, 64).data);
    };
    const a = draw("校");
    const b = draw("验");
    const empty = draw(" ");
    const same = (x: number[], y: number[]) => x.every((value, index) => value === y[index]);
    return { distinct: !same(a, b), notBlank: !same(a, empty) };
  });
}

/** Table cells holding Chinese whose text runs over more than one line (it should scroll sideways instead). */
async function wrappedTableCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="tabpanel"] td, [role="tabpanel"] th')]
      .filter((cell) => /[\u4e00-\u9fff]/.test(cell.textContent ?? ""))
      .filter((cell) => {
        // The line boxes of the cell's text itself (element boxes inside the cell would add tops of their own).
        const lines = new Set<number>();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(text);
          for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.bottom));
        }
        return lines.size > 1;
      })
      .map((cell) => cell.textContent ?? ""),
  );
}

/** The sample opened and checked in a page as wide as Excel's task pane. */
async function sampleCheckedAtPaneWidth(): Promise<Page> {
  const { page } = guarded();
  await page.setViewportSize({ width: 320, height: 900 });
  await openStandalone(page, world());
  await page.getByRole("button", { name: "打开示例" }).click();
  await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole("button", { name: "一键校验" }).click();
  await counts(page);
  return page;
}

describe("each tab of the standalone page", () => {
  test("has a CJK font installed (fonts-wqy-microhei; scripts/ensure-test-tools.sh)", () => {
    const fonts = execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim();
    expect(fonts).not.toBe("");
  });

  test("no serious or critical axe violation, a screenshot, and Chinese drawn as Chinese", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    expect({ tab: "(no file open)", violations: await seriousViolations(page) }).toEqual({ tab: "(no file open)", violations: [] });

    await page.getByRole("button", { name: "打开示例" }).click();
    await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    await counts(page);
    // Select an issue so the 校验 screenshot shows a selected cell in the preview.
    await page.locator('[data-testid="issue-row"][data-issue-cell="K185"]').click();
    await page.locator('[data-testid="sheet-preview"] [data-cell="K185"][aria-selected="true"]').waitFor({ timeout: UI_TIMEOUT });

    expect(await cjkGlyphs(page)).toEqual({ distinct: true, notBlank: true });

    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const tab of TABS) {
      await page.getByRole("tab", { name: tab.name }).click();
      await page.locator(`[role="tab"][aria-selected="true"]`, { hasText: tab.name }).waitFor({ timeout: UI_TIMEOUT });
      await tab.ready(page);
      expect({ tab: tab.name, violations: await seriousViolations(page) }).toEqual({ tab: tab.name, violations: [] });
      const file = path.join(SCREENSHOTS, tab.file);
      await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
  });

  test("at the width of Excel's task pane (320 px) every control of every tab stays inside its panel", async () => {
    const page = await sampleCheckedAtPaneWidth();
    for (const tab of TABS) {
      await page.getByRole("tab", { name: tab.name }).click();
      await tab.ready(page);
      const spilled = await page.evaluate(() => {
        const panel = document.querySelector('[role="tabpanel"]')!;
        const edge = Math.min(panel.getBoundingClientRect().right, window.innerWidth) + 1;
        return [...panel.querySelectorAll("input, textarea, button, select, [role='combobox']")]
          .filter((control) => (control as HTMLElement).offsetParent !== null && control.getBoundingClientRect().right > edge)
          .map((control) => control.getAttribute("aria-label") ?? (control as HTMLElement).innerText ?? control.tagName);
      });
      expect({ tab: tab.name, spilled }).toEqual({ tab: tab.name, spilled: [] });
      expect({ tab: tab.name, wrapped: await wrappedTableCells(page) }).toEqual({ tab: tab.name, wrapped: [] });
    }
  });

  test("at 320 px each issue is a card: no message is squeezed narrower than 200 px", async () => {
    const page = await sampleCheckedAtPaneWidth();
    const widths = await page.getByTestId("issue-message").evaluateAll((messages) => messages.map((message) => message.getBoundingClientRect().width));
    expect(widths.length).toBe(13);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(200);
  });
});
