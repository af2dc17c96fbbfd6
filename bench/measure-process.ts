import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { benchScript } from "./child";

export interface ProcessFigures {
  readonly wallMs: number;
  readonly maxRssBytes: number;
  readonly exitCode: number;
  readonly stdout: string;
}

/**
 * Runs `node ARGS` to the end; wall time from spawn to exit, peak RSS as the process saw it.
 * With `onStdout`, stdout goes there chunk by chunk and is not kept (a report of a gigabyte).
 */
export function measureNode(args: readonly string[], onStdout?: (chunk: Buffer) => void, nodeFlags: readonly string[] = []): Promise<ProcessFigures> {
  const dir = mkdtempSync(join(tmpdir(), "bench-rss-"));
  const rssFile = join(dir, "max-rss");
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", benchScript("report-max-rss"), ...nodeFlags, ...args], {
      env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", onStdout ?? ((chunk: Buffer) => out.push(chunk)));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      try {
        const maxRssBytes = Number(readFileSync(rssFile, "utf8"));
        resolve({ wallMs, maxRssBytes, exitCode: code ?? -1, stdout: Buffer.concat(out).toString("utf8") });
      } catch {
        reject(new Error(`node ${args.join(" ")} reported no peak RSS (exit ${code}):\n${Buffer.concat(err).toString("utf8")}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
