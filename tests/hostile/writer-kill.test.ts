import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { HEADER, largeRosterFile, rosterFile, tempFolder, ZHANG } from "./writer-files";

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

/**
 * Runs the CLI and sends it `signal` as soon as a temporary file shows in `folder` (the output is
 * being written); resolves with whether one was seen and how the run ended.
 */
function signalWhileWriting(args: string[], folder: string, signal: NodeJS.Signals): Promise<{ seen: boolean; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: "ignore" });
    let seen = false;
    const poll = setInterval(() => {
      if (!seen && readdirSync(folder).some((name) => name.endsWith(".tmp"))) {
        seen = true;
        child.kill(signal);
      }
    }, 5);
    child.on("exit", (_code, ended) => {
      clearInterval(poll);
      resolve({ seen, signal: ended });
    });
  });
}

it.each(["SIGINT", "SIGTERM"] as const)("a run stopped with %s while it writes --out removes its temporary file", async (signal) => {
  const folder = tempFolder();
  const roster = await largeRosterFile(join(folder, "名单.xlsx"), 25_000);
  const run = await signalWhileWriting(["check", roster, "--out", join(folder, "副本.xlsx"), "--json"], folder, signal);
  // A write is synchronous: a signal during it ends the run once the copy is complete (or as the run ends anyway).
  expect(run.seen).toBe(true);
  expect([signal, null]).toContain(run.signal);
  expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

it("a later run writing to the folder removes the temporary files of runs no longer alive, and no one else's", async () => {
  const folder = tempFolder();
  const roster = await rosterFile(folder, "名单.xlsx", { 名单: [HEADER, ZHANG] });
  const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
  const hourAgo = new Date(Date.now() - 3_600_000);
  const stale = `.baobiao-${gone}-0123abcd.tmp`;
  const live = `.baobiao-${process.pid}-89abcdef.tmp`;
  const others = ".其他程序的临时文件.tmp";
  for (const name of [stale, live, others]) {
    writeFileSync(join(folder, name), "half a copy");
    utimesSync(join(folder, name), hourAgo, hourAgo);
  }
  expect(runCli(["check", roster, "--form", "送温暖", "--out", join(folder, "副本.xlsx"), "--json"]).code).toBeLessThan(2);
  expect(readdirSync(folder).sort()).toEqual([live, others, "副本.xlsx", "名单.xlsx"].sort());
});
