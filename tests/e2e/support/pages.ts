import type { Download, Locator, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { launchChromium, openGuardedPage, type GuardedPage } from "./browser";
import { assertBuilt, startStaticServer, type StaticServer } from "./static-server";

/** Generous: the first check of a 400-row sheet loads the exceljs chunk on a slow CI machine. */
export const UI_TIMEOUT = 20_000;

export interface E2eWorld {
  readonly server: StaticServer;
  readonly browser: Awaited<ReturnType<typeof launchChromium>>;
}

/** One server and one browser per test file; returns `get()` for tests and registers the hooks. */
export function useWorld(...pages: string[]): () => E2eWorld {
  let world: E2eWorld | undefined;
  beforeAll(async () => {
    assertBuilt(...pages);
    const [server, browser] = await Promise.all([startStaticServer(), launchChromium()]);
    world = { server, browser };
  }, 60_000);
  afterAll(async () => {
    await world?.browser.close();
    await world?.server.close();
  });
  return () => {
    if (!world) throw new Error("the e2e world did not start (see the beforeAll error above)");
    return world;
  };
}

/**
 * A fresh guarded page per test; after each test, no request may have gone anywhere but
 * localhost (the page's requests were blocked, this makes the test fail).
 */
export function useGuardedPage(world: () => E2eWorld, allowedForeign: () => readonly string[] = () => []) {
  let current: GuardedPage | undefined;
  beforeEach(async () => {
    current = await openGuardedPage(world().browser);
  });
  afterEach(async () => {
    const guarded = current;
    current = undefined;
    if (!guarded) return;
    await guarded.context.close();
    const unexpected = guarded.foreign().filter((url) => !allowedForeign().includes(url));
    expect({ requestsOutsideLocalhost: unexpected, refusedByCsp: guarded.cspViolations }).toEqual({
      requestsOutsideLocalhost: [],
      refusedByCsp: [],
    });
  });
  return () => {
    if (!current) throw new Error("no page: the beforeEach hook failed");
    return current;
  };
}

export async function openStandalone(page: Page, world: E2eWorld): Promise<void> {
  await page.goto(`${world.server.url}standalone.html`);
  await page.getByRole("button", { name: "打开示例" }).waitFor({ timeout: UI_TIMEOUT });
}

/** The 校验 tab's result line, once a check has finished. */
export async function counts(page: Page): Promise<{ errors: number; warnings: number; text: string }> {
  const status = await settledVerdict(page);
  return {
    errors: Number(await status.getAttribute("data-errors")),
    warnings: Number(await status.getAttribute("data-warnings")),
    text: (await status.innerText()).replace(/\s+/g, " ").trim(),
  };
}

/**
 * The verdict once a check has ended. A first check shows no counts until it ends; a re-check (after 列对应,
 * a form chosen…) keeps the previous counts on screen, marked aria-busy, until it ends.
 */
async function settledVerdict(page: Page) {
  const status = page.locator('[data-testid="check-counts"]:not([aria-busy="true"])');
  await status.waitFor({ timeout: UI_TIMEOUT });
  return status;
}

/** The issue list as the clerk sees it, once the check has ended: cell and code of each row. */
export async function issueRows(page: Page): Promise<string[]> {
  await settledVerdict(page);
  const rows = page.getByTestId("issue-row");
  const cells = await rows.evaluateAll((buttons) =>
    buttons.map((button) => `${button.getAttribute("data-issue-cell")} ${button.getAttribute("data-code")}`),
  );
  return cells.sort();
}

export async function downloadBytes(page: Page, action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download", { timeout: UI_TIMEOUT }), action()])) as [Download, unknown];
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** Where a preview cell sits relative to the visible part of the preview. */
export async function cellInView(page: Page, address: string): Promise<{ inView: boolean; outline: string; selected: string | null; mark: string | null }> {
  const cell = page.locator(`[data-testid="sheet-preview"] [data-cell="${address}"]`);
  await cell.waitFor({ timeout: UI_TIMEOUT });
  return cell.evaluate((element) => {
    const scroller = element.closest('[data-testid="sheet-preview"]')!;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    // Inside the scroller's visible box (the sticky header row and row numbers may overlap edges).
    const inView = box.top >= view.top && box.bottom <= view.bottom && box.left >= view.left - 1 && box.right <= view.right + 1;
    const style = getComputedStyle(element);
    return {
      inView,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      selected: element.getAttribute("aria-selected"),
      mark: element.getAttribute("data-mark"),
    };
  });
}

/** The element's text once it reads `text` (it may still be rendering); fails showing what it read. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.waitFor({ timeout: UI_TIMEOUT });
  await locator.page().waitForFunction(
    ([element, want]) => (element as HTMLElement).innerText.trim() === want,
    [await locator.elementHandle(), text] as const,
    { timeout: UI_TIMEOUT },
  ).catch(() => undefined);
  expect((await locator.innerText()).trim()).toBe(text);
}

/** Drops files on a drop zone as a file manager does: one DataTransfer holding them all. */
export async function dropFiles(page: Page, testId: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const sent = files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString("base64") }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, base64 } of list) data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name));
    return data;
  }, sent);
  await page.getByTestId(testId).dispatchEvent("drop", { dataTransfer: transfer });
}
