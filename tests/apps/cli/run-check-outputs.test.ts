import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "../../..");
const dir = tempDir();

beforeAll(() => buildCli());

function isXlsx(path: string): boolean {
  return readFileSync(path).subarray(0, 2).toString("latin1") === "PK";
}

describe("report check --out/--public as a newcomer meets them", () => {
  it("never replaces an existing file without --force; with it, replaces it and lists the files written at the end", async () => {
    const roster = await writeRoster(dir, "名单.xlsx");
    const out = join(dir, "已报的副本.xlsx");
    writeFileSync(out, "the copy already sent up");
    expectUnusable(runCli(["check", roster, "--out", out]), out, "--force");
    expect(readFileSync(out, "utf8")).toBe("the copy already sent up");

    const publicOut = join(dir, "公示版.xlsx");
    const run = runCli(["check", roster, "--out", out, "--public", publicOut, "--force"]);
    expect(run.code).toBe(0);
    expect(isXlsx(out) && isXlsx(publicOut)).toBe(true);
    expect(run.stdout.endsWith(`\n已写出 2 个文件 / 2 file(s) written:\n  --out    ${out}\n  --public ${publicOut}\n`)).toBe(true);
  });

  it("with --json, keeps stdout one JSON object and stderr quiet: a program named the files itself", async () => {
    const roster = await writeRoster(dir, "json-名单.xlsx");
    const out = join(dir, "json-副本.xlsx");
    const run = runCli(["check", roster, "--json", "--out", out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dataRows: 3 });
    expect(run.stderr).toBe("");
    expect(isXlsx(out)).toBe(true);
  });

  it("says in words that the output folder does not exist, before checking anything", async () => {
    const roster = await writeRoster(dir, "folder-名单.xlsx");
    const out = join(dir, "没有这个文件夹", "副本.xlsx");
    const run = runCli(["check", roster, "--out", out]);
    expectUnusable(run, `要写到的文件夹“${join(dir, "没有这个文件夹")}”不存在`, "create the folder first");
    expect(run.stderr).not.toContain("ENOENT");
  });

  it("refuses an .xlsx written under another extension (名单.csv)", async () => {
    const roster = await writeRoster(dir, "ext-名单.xlsx");
    const csv = join(dir, "名单.csv");
    expectUnusable(runCli(["check", roster, "--out", csv]), "--out 写出的是 Excel 工作簿（.xlsx）", "名单.csv");
    expect(existsSync(csv)).toBe(false);
  });

  it("names an unknown option in Chinese, not in node's English", async () => {
    const run = runCli(["check", await writeRoster(dir, "opt-名单.xlsx"), "--outt", "x.xlsx"]);
    expectUnusable(run, "错误：没有“--outt”这个选项", 'there is no option "--outt"');
    expect(run.stderr).not.toContain("Unknown option");
  });
});

describe("report run from the clerk's own folder", () => {
  it("`npm run report` from another folder reads and writes the file names as given there", async () => {
    const folder = tempDir();
    await writeRoster(folder, "名单.xlsx");
    const run = spawnSync("npm", ["--prefix", ROOT, "run", "--silent", "report", "--", "check", "名单.xlsx", "--out", "副本.xlsx"], {
      cwd: folder,
      encoding: "utf8",
    });
    expect(run.stderr).not.toContain("错误");
    expect(run.status).toBe(0);
    expect(isXlsx(join(folder, "副本.xlsx"))).toBe(true);
    expect(run.stdout).toContain(`--out    ${join(folder, "副本.xlsx")}`);
  });

  it("`npx report` (the package's bin) from a subfolder takes paths from there", async () => {
    const subfolder = join(ROOT, "tests", "apps");
    const roster = await writeRoster(dir, "npx-名单.xlsx");
    const run = spawnSync("npx", ["--offline", "report", "check", relative(subfolder, roster)], { cwd: subfolder, encoding: "utf8" });
    expect(run.stderr).not.toContain("错误");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("数据 3 行");
  });
});
