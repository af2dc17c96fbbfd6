import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseCliArgs, type CheckCommand } from "../../../src/apps/cli/parse-args";
import { runCheck } from "../../../src/apps/cli/run-check";

const ROOT = join(__dirname, "../../..");
const MAIN = join(ROOT, "dist-cli/apps/cli/main.js");

/** Compiles the CLI as `npm run build:cli` does, so the tests run what a clerk runs. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "pipe" });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: string[]): CliRun {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Exit 2 with one bilingual line on stderr, no stack trace, naming each of `mentions`. */
export function expectUnusable(run: CliRun, ...mentions: string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误：.+ \/ Error: .+/);
  expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  for (const text of mentions) expect(lines[0]).toContain(text);
}

/** Runs `report check ARGS` in this process (its files checked here: no worker under ts-jest), stdout kept. */
export async function checkHere(args: string[]): Promise<{ code: number; stdout: string }> {
  const command = parseCliArgs(["check", ...args]) as CheckCommand;
  let stdout = "";
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return { code: await runCheck(command), stdout };
  } finally {
    (process.stdout.write as jest.Mock).mockRestore();
    (process.stderr.write as jest.Mock).mockRestore();
  }
}
