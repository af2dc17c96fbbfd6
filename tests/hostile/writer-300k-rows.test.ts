import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openPackage } from "../../src/adapters/xlsx/package/workbook-package";
import { buildCli } from "../apps/cli/run-cli";
import { largeRosterFile, tempFolder } from "./writer-files";

jest.setTimeout(900_000);

const MAIN = join(__dirname, "../../dist-cli/apps/cli/main.js");
const GIB = 1024 ** 3;

beforeAll(() => buildCli());

it("--out on a 300,000-row roster stays under 1 GB, and its copy passes the read-back", async () => {
  const folder = tempFolder();
  const roster = await largeRosterFile(join(folder, "名单.xlsx"), 300_000);
  const output = join(folder, "副本.xlsx");
  // The child reports its own peak resident set on exit (Node's resourceUsage, in KiB).
  const report = join(folder, "max-rss");
  const preload = join(folder, "report-max-rss.js");
  writeFileSync(preload, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS * 1024)));`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ["--require", preload, MAIN, "check", roster, "--out", output, "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (Date.now() - started) / 1000;

  expect(run.stderr.split("\n").filter((line) => line.startsWith("错误"))).toEqual([]);
  expect(run.status).toBe(1); // errors planted in the roster; 2 would mean the read-back refused the copy
  expect(JSON.parse(run.stdout).dataRows).toBe(300_000);
  expect(Number(readFileSync(report, "utf8"))).toBeLessThan(GIB);
  expect(seconds).toBeLessThan(600); // ten times a quiet machine's time: a stall, not a slow run, fails this
  expect(statSync(output).mode & 0o777).toBe(0o600);
  const copy = openPackage(new Uint8Array(readFileSync(output)), "副本.xlsx");
  expect(copy.sheets.map((sheet) => sheet.name)).toEqual(["名单", "校验结果", "分地区汇总"]);
});
