import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { initialJs } from "./bundle-size";
import type { Section } from "./report-types";
import { startStaticServer } from "../tests/e2e/support/static-server";
import { kib, median, ms } from "./stats";
import { TARGETS } from "./targets";

const REPO = resolve(__dirname, "../../../..");
const DIST = join(REPO, "dist");
const RUNS = 5;
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

interface RenderTimes {
  /** ms from navigation start until #root first holds an element (React's first commit). */
  readonly firstRender: number;
  readonly firstContentfulPaint: number;
}

/** Records when #root first gets an element; runs in the page before its scripts. */
function watchRoot(): void {
  const record = window as unknown as { __firstRender?: number };
  new MutationObserver((_, observer) => {
    if (document.getElementById("root")?.firstElementChild) {
      record.__firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function renderTimes(url: string): Promise<RenderTimes[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const times: RenderTimes[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each time: empty cache, as on a clerk's first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(watchRoot);
      await page.goto(url, { waitUntil: "load" });
      const handle = await page.waitForFunction(
        () => {
          const firstRender = (window as unknown as { __firstRender?: number }).__firstRender;
          const paint = performance.getEntriesByName("first-contentful-paint")[0];
          return firstRender !== undefined && paint ? { firstRender, firstContentfulPaint: paint.startTime } : null;
        },
        undefined,
        { timeout: 30_000 },
      );
      times.push((await handle.jsonValue()) as RenderTimes);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** Part 4: initial JS of the task pane (gzip) and the standalone page's first render in Chromium. */
export async function benchTaskPane(): Promise<Section> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  const taskpane = initialJs(DIST, "taskpane");
  const standalone = initialJs(DIST, "standalone");
  // The e2e suite's server, without its test-only files: the pages as a plain static host serves them.
  const served = await startStaticServer(DIST, {});
  let times: RenderTimes[];
  try {
    times = await renderTimes(`${served.url}standalone.html`);
  } finally {
    await served.close();
  }
  const firstRender = median(times.map((t) => t.firstRender));
  const paint = median(times.map((t) => t.firstContentfulPaint));
  const met = taskpane.gzipBytes <= TARGETS.taskpaneInitialGzipBytes;
  return {
    title: "Task pane",
    method:
      "`npm run build` (production), initial JS files of each entry from dist/bundle-stats.json, gzip at zlib's default level. " +
      `First render: dist/ served on 127.0.0.1 without compression, standalone.html opened ${RUNS} times in headless Chromium (${CHROMIUM}), ` +
      "each in a fresh context (empty cache); medians since navigation start of React's first element in #root and of first-contentful-paint.",
    headers: ["measure", "value"],
    rows: [
      ["task pane initial JS (gzip)", `${kib(taskpane.gzipBytes)} (${kib(taskpane.rawBytes)} raw, ${taskpane.files.length} file(s))`],
      ["standalone page initial JS (gzip)", `${kib(standalone.gzipBytes)} (${kib(standalone.rawBytes)} raw, ${standalone.files.length} file(s))`],
      ["standalone page: first render (#root filled)", ms(firstRender)],
      ["standalone page: first contentful paint", ms(paint)],
    ],
    verdicts: [
      {
        target: "task pane initial JS ≤ 200 KiB gzip",
        measured: kib(taskpane.gzipBytes),
        met,
        missedBy: met ? undefined : `${kib(taskpane.gzipBytes - TARGETS.taskpaneInitialGzipBytes)} over`,
        why: met ? undefined : "See the task pane notes below.",
      },
    ],
  };
}
