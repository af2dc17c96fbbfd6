import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { largeRosterFile, tempFolder } from "./writer-files";

jest.setTimeout(300_000);

const MAIN = join(__dirname, "../../dist-cli/apps/cli/main.js");

/** Runs the CLI and kills it (SIGKILL, no chance to clean up) after `ms`; resolves when it is gone. */
function runAndKill(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(() => buildCli());

it("a kill at any moment of --out leaves the previous copy or the complete new one, never a truncated file", async () => {
  const folder = tempFolder();
  const roster = await largeRosterFile(join(folder, "名单.xlsx"), 25_000);
  const output = join(folder, "副本.xlsx");
  expect(runCli(["check", roster, "--out", output, "--json"]).code).toBe(1);
  const complete = readFileSync(output);
  const previous = Buffer.from("the previous good copy");
  const outcomes = new Set<string>();
  for (const ms of [150, 400, 700, 1000, 1400, 2000, 3000]) {
    writeFileSync(output, previous);
    await runAndKill(["check", roster, "--out", output, "--json", "--force"], ms);
    const now = readFileSync(output);
    const outcome = now.equals(previous) ? "previous" : now.equals(complete) ? "complete" : `broken (${now.length} bytes)`;
    outcomes.add(outcome);
    expect({ ms, outcome }).toEqual({ ms, outcome: expect.stringMatching(/^(previous|complete)$/) });
  }
  // The kills landed before the rename at least once; temporary files of killed runs may remain, never under the output's name.
  expect(outcomes.has("previous")).toBe(true);
  expect(readdirSync(folder).filter((name) => !name.startsWith("."))).toEqual(["副本.xlsx", "名单.xlsx"]);
});
