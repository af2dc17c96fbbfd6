import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectUnusable } from "../../apps/cli/run-cli";

const ROOT = join(__dirname, "../../..");
const MAIN = join(ROOT, "dist-cli/apps/cli/main.js");
const MAX_RSS = join(__dirname, "max-rss.cjs");

export interface MeasuredRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** Peak resident set of the CLI process; Infinity when it died before it could say. */
  readonly maxRssBytes: number;
}

const dir = mkdtempSync(join(tmpdir(), "hostile-"));

/** Writes `bytes` as `fileName` and runs `report check` on it in a child process, as a clerk would. */
/**
 * Runs `report check` on the bytes. The hostile files carry only a few generic columns (地区、姓名、金额),
 * which name no form by themselves (issue 16): they are checked as 送温暖 unless a test names a form.
 */
export function checkFile(fileName: string, bytes: Uint8Array, ...options: string[]): MeasuredRun {
  const path = join(dir, fileName);
  writeFileSync(path, bytes);
  const rssFile = join(dir, `${fileName}.rss`);
  const started = Date.now();
  const form = options.includes("--form") ? [] : ["--form", "送温暖"];
  const run = spawnSync(process.execPath, ["--require", MAX_RSS, MAIN, "check", path, ...form, ...options], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, HOSTILE_MAX_RSS_FILE: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Date.now() - started;
  const maxRssBytes = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Infinity;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, wallMs, maxRssBytes };
}

export const MiB = 1024 * 1024;

/** Refused as unusable (exit 2, one bilingual line), never as the "内部错误" of an unexpected failure. */
export function expectRefused(run: MeasuredRun, ...mentions: string[]): void {
  expect(run.stderr).not.toContain("内部错误");
  expectUnusable(run, ...mentions);
}

/** The --json report of a run that checked the file (exit 0 or 1). */
export function jsonOf(run: MeasuredRun): {
  sheet: string;
  dataRows: number;
  issues: { cell: string; code: string }[];
  total: { households: number; amountYuan: number };
  skippedSheets: { sheet: string; reason: string }[];
} {
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout);
}
