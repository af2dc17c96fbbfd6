import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const MAIN = join(ROOT, "dist-cli/apps/cli/main.js");

/** Loaded before the CLI: writes the process's peak RSS (bytes) to a file as it exits. */
const PEAK_RSS_REPORTER = `process.on("exit", () => require("node:fs").writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));`;

export interface MeasuredRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  readonly peakRssBytes: number;
}

/** `node dist-cli/apps/cli/main.js ARGS` in a child with the default heap, timed and its peak RSS read. */
export function measuredCli(args: readonly string[], timeoutMs = 300_000): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), "baobiao-hostile-"));
  const reporter = join(dir, "peak-rss.js");
  const rssFile = join(dir, "peak-rss");
  writeFileSync(reporter, PEAK_RSS_REPORTER);
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", reporter, MAIN, ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, PEAK_RSS_FILE: rssFile },
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
  });
  const wallMs = performance.now() - start;
  let peakRssBytes = Number.NaN;
  try {
    peakRssBytes = Number(readFileSync(rssFile, "utf8"));
  } catch {
    // Killed at the timeout: no figure, and the wall time says why.
  }
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, wallMs, peakRssBytes };
}

/** Exactly one stderr line, naming no source file or stack frame. */
export function expectOneLineWithoutStack(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+|\.js:\d+/);
  return lines[0];
}

export const MiB = 1024 * 1024;
