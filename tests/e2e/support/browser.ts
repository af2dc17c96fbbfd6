import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";

/** Debian's Chromium, never a downloaded one (scripts/ensure-test-tools.sh installs it). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/ensure-test-tools.sh (as root: apt-get install -y chromium fonts-wqy-microhei).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Requests that never leave the machine: the local server, the page's own files, in-page blob:/data: URLs. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "blob:" || protocol === "data:" || protocol === "about:" || protocol === "file:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export interface GuardedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, in order (requests and websockets). */
  readonly requests: string[];
  /** The ones that would have left the machine (all were blocked). */
  foreign(): string[];
  /** Uncaught page errors and console errors, for failure messages. */
  readonly errors: string[];
  /** Loads the page's Content Security Policy refused (an attempt to contact elsewhere, stopped in the page). */
  readonly cspViolations: string[];
}

/**
 * A fresh context (downloads accepted) whose page may only talk to localhost: anything else is
 * recorded and aborted, so a test can assert nothing tried to leave.
 */
export async function openGuardedPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? "zh-CN",
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient")));
  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("websocket", (socket) => requests.push(socket.url()));
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, requests, errors, cspViolations, foreign: () => requests.filter((url) => !isLocal(url)) };
}
