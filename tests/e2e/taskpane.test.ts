/**
 * dist/taskpane.html outside Office. Its one resource from elsewhere is office.js on Microsoft's
 * CDN; the router blocks it here, as a firewall in China might. The pane must then say so (and
 * offer the standalone page) instead of staying blank.
 */
import { UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";

jest.setTimeout(60_000);

/** The URL in src/apps/taskpane/taskpane.html (webpack.config.js OFFICE_JS). */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** src/apps/taskpane/index.tsx OFFICE_TIMEOUT_MS, plus room for a slow machine. */
const OFFICE_TIMEOUT = 8_000 + UI_TIMEOUT;

const world = useWorld("taskpane.html");
const guarded = useGuardedPage(world, () => [OFFICE_JS]);

describe("task pane outside Office", () => {
  test("office.js blocked: the pane shows the timeout message and the way to the standalone page", async () => {
    const { page, foreign, requests } = guarded();
    await page.goto(`${world().server.url}taskpane.html`);
    const message = page.getByTestId("office-timeout");
    await message.waitFor({ timeout: OFFICE_TIMEOUT });
    const text = await message.innerText();
    expect(text).toContain("无法连接 Office");
    expect(text).toContain("可以改用独立页面");
    const link = page.getByRole("link", { name: /打开独立页面/ });
    expect(await link.getAttribute("href")).toBe("standalone.html");
    // The blocked CDN request is the only one that tried to leave, and exactly office.js.
    expect(foreign()).toEqual([OFFICE_JS]);
    // The Excel pane never loads the exceljs chunk.
    expect(requests.filter((url) => /exceljs/i.test(url))).toEqual([]);
  });

  test("office.js loads but never answers: the spinner shows, then the timeout message", async () => {
    const { page, context, foreign } = guarded();
    // A stand-in for a CDN that serves office.js whose onReady never resolves (served by the router).
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return new Promise(function () {}); } };",
      }),
    );
    await page.goto(`${world().server.url}taskpane.html`);
    await page.getByText("正在连接 Office…").waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("office-timeout").waitFor({ timeout: OFFICE_TIMEOUT });
    expect(foreign()).toEqual([OFFICE_JS]);
  });

  test("office.js reports no host (a plain browser): the pane runs in standalone mode", async () => {
    const { page, context } = guarded();
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };",
      }),
    );
    await page.goto(`${world().server.url}taskpane.html`);
    await page.getByTestId("privacy-banner").waitFor({ timeout: OFFICE_TIMEOUT });
    await page.getByRole("button", { name: "打开示例" }).click();
    await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
  });

  test("the pages' Content Security Policy allows only their own origin (and the Office CDN for the pane)", async () => {
    const { page } = guarded();
    const policy = async (file: string) => {
      await page.goto(`${world().server.url}${file}`);
      return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    };
    const pane = await policy("taskpane.html");
    const standalone = await policy("standalone.html");
    const hosts = (csp: string | null) => [...new Set((csp ?? "").match(/(?:https?|wss?):\/\/[^\s;]+/g) ?? [])];
    expect(standalone).toMatch(/default-src 'self'/);
    expect(hosts(standalone)).toEqual([]);
    expect(pane).toMatch(/default-src 'self'/);
    expect(hosts(pane)).toEqual(["https://appsforoffice.microsoft.com"]);
  });
});
