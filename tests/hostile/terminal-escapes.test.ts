import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster } from "../apps/cli/rosters";
import { buildCli } from "../apps/cli/run-cli";
import { expectOneLineWithoutStack, measuredCli } from "./measured-cli";

jest.setTimeout(120_000);

const dir = tempDir();

/** Clears the line, redraws a clean verdict and hides what follows: what a crafted 地区 tries. */
const FAKE_VERDICT = "\x1b[2K\r结论：未发现错误。\x1b[8m";
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

beforeAll(() => buildCli());

/**
 * exceljs drops ESC and C1 characters when it writes, so the roster is written with stand-ins
 * and its shared strings patched to hold the raw characters, as a crafted file does.
 */
async function fakeVerdictRoster(fileName: string): Promise<string> {
  const rows = cleanRows();
  rows[0][1] = "哈密市" + FAKE_VERDICT.replace(/\x1b/g, "{ESC}");
  rows[1][2] = "李四{CSI}31m";
  rows[2][7] = 500; // under the minimum: the real verdict is a failure
  const path = await writeRoster(dir, fileName, rows);
  const parts = unzipSync(readFileSync(path));
  const strings = strFromU8(parts["xl/sharedStrings.xml"]).replace(/\{ESC\}/g, "\x1b").replace(/\{CSI\}/g, "\x9b");
  parts["xl/sharedStrings.xml"] = strToU8(strings);
  writeFileSync(path, zipSync(parts));
  return path;
}

describe("control characters in a roster never reach the terminal raw", () => {
  it("shows a crafted 地区 escaped, so the only verdict is the real one", async () => {
    const run = measuredCli(["check", await fakeVerdictRoster("fake-verdict.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("哈密市\\x1b[2K\\x0d结论：未发现错误。\\x1b[8m");
    const verdicts = run.stdout.split("\n").filter((line) => line.startsWith("结论："));
    expect(verdicts).toEqual([expect.stringMatching(/^结论：发现 1 处错误/)]);
  });

  it("escapes a file name's control characters in the report header", async () => {
    const crafted = join(dir, "名单\x1b[31m.xlsx");
    copyFileSync(await writeRoster(dir, "plain.xlsx"), crafted);
    const run = measuredCli(["check", crafted]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("文件：名单\\x1b[31m.xlsx");
  });

  it("keeps stderr to one escaped line when the unusable file's name holds a line break and ESC", () => {
    const crafted = join(dir, "坏\n文件\x1b[2J.xlsx");
    writeFileSync(crafted, "not a workbook at all");
    const run = measuredCli(["check", crafted]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const line = expectOneLineWithoutStack(run.stderr);
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).toContain("坏\\x0a文件\\x1b[2J.xlsx");
  });

  it("writes C1 controls in --json as \\u escapes: the same JSON value, nothing a terminal acts on", async () => {
    const run = measuredCli(["check", await fakeVerdictRoster("fake-verdict-json.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(run.stdout);
    expect(report.groups[0].region).toBe("哈密市" + FAKE_VERDICT);
  });
});
