import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchScript } from "./child";
import { measureNode } from "./measure-process";
import type { Verdict } from "./report-types";

/** Reads of input rosters and zip-directory parses in one whole run of `node ARGS` (count-reads.ts), main thread and workers. */
export async function inputReads(args: readonly string[]): Promise<{ reads: number; directories: number }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-reads-"));
  const file = join(dir, "reads");
  process.env.BENCH_READS_FILE = file;
  try {
    const figures = await measureNode(args, undefined, ["--require", benchScript("count-reads")]);
    if (figures.exitCode > 1) throw new Error(`node ${args.join(" ")} failed with exit ${figures.exitCode}`);
    const lines = readFileSync(file, "utf8").split("\n");
    return { reads: lines.filter((line) => line === "read").length, directories: lines.filter((line) => line === "directory").length };
  } finally {
    delete process.env.BENCH_READS_FILE;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 20 item 1: each input file read once and its zip directory parsed once. */
export function openOnceVerdict(files: number, counted: { reads: number; directories: number }): Verdict {
  const met = counted.reads === files && counted.directories === files;
  const measured = `${counted.reads} reads, ${counted.directories} directory parses for ${files} file(s)`;
  return { target: "each input read once, its zip directory parsed once", measured, met, ...(met ? {} : { missedBy: measured, why: "A step of the run opens the file again: see tests/apps/cli/run-check-reads.test.ts." }) };
}
