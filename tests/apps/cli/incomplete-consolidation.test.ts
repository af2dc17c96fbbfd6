import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withProductMarker } from "../../../src/adapters/xlsx/package/marked-workbook";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { cleanRows, writeRoster, writeTicketRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(180_000);

const SUBMISSIONS = "assets/samples/submissions";
const dir = tempDir();

beforeAll(() => buildCli());

/** The four sample submissions in a folder of their own, plus whatever `add` puts beside them. */
function folder(name: string, add: (path: string) => void = () => undefined): string {
  const path = join(dir, name);
  mkdirSync(path);
  for (const file of readdirSync(SUBMISSIONS)) copyFileSync(join(SUBMISSIONS, file), join(path, file));
  add(path);
  return path;
}

/** A county's file cut short in the copying: the central directory is gone. */
function damaged(path: string): void {
  writeFileSync(join(path, "05-城关区.xlsx"), readFileSync(join(SUBMISSIONS, "02-哈密市.xlsx")).subarray(0, 4000));
}

async function sheetLines(path: string, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return (workbook.getWorksheet(sheet)!.getSheetValues() as unknown[][]).flatMap((row) => (row ? [row.slice(1).join("|")] : []));
}

describe("a consolidation with a file that cannot be checked", () => {
  it("prints every readable file's verdict, names the damaged file with its reason, writes no output and exits 2", () => {
    const path = folder("damaged", damaged);
    const out = join(dir, "damaged-汇总.xlsx");
    const run = runCli(["check", path, "--out", out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    for (const file of ["01-地直.xlsx", "02-哈密市.xlsx", "03-巴里坤县.xlsx", "04-伊吾县.csv"]) expect(run.stdout).toContain(file);
    expect(run.stdout).toContain("05-城关区.xlsx：未能校验，未计入汇总");
    expect(run.stdout).toMatch(/汇总不完整：不含 1 个未能校验的文件（05-城关区\.xlsx）/);
    expect(run.stdout).not.toMatch(/^结论：/m);
    const errors = run.stderr.trimEnd().split("\n");
    expect(errors[0]).toMatch(/^错误：05-城关区\.xlsx：.*损坏.* \/ Error: 05-城关区\.xlsx: /);
    expect(errors.at(-1)).toContain("--allow-incomplete");
    expect(run.stderr).not.toContain("内部错误");
    expect(run.stderr).not.toContain("送温暖统计表");
  });

  it("with --allow-incomplete: the 汇总 workbook, the JSON and the summary sentence each say which file is missing", async () => {
    const path = folder("allowed", damaged);
    const out = join(dir, "allowed-汇总.xlsx");
    expect(runCli(["check", path, "--out", out, "--allow-incomplete"]).code).toBe(0);
    const verdicts = await sheetLines(out, "各单位核对");
    expect(verdicts).toContain("未计入的文件");
    expect(verdicts.some((line) => line.startsWith("05-城关区.xlsx：未能校验，未计入汇总——"))).toBe(true);
    expect((await sheetLines(out, "统计表")).at(-1)).toBe("汇总不完整：不含 1 个未能校验的文件（05-城关区.xlsx），以上数字不含这些文件。");

    const json = JSON.parse(runCli(["check", path, "--json", "--allow-incomplete"]).stdout);
    expect(json.complete).toBe(false);
    expect(json.excluded).toEqual([{ file: "05-城关区.xlsx", reason: expect.stringContaining("损坏"), reasonEn: expect.stringContaining("damaged") }]);
    expect(json.total).toMatchObject({ households: 400 });
    expect(json.summary).toMatch(/。（汇总不完整：不含 1 个未能校验的文件（05-城关区\.xlsx））$/);
  });

  it("stops on one line when the only file named cannot be read, as a single check always did", () => {
    const path = folder("single", damaged);
    const run = runCli(["check", join(path, "05-城关区.xlsx")]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("a consolidation with a file whose form cannot be identified", () => {
  /** The four counties' rosters and a 车票补贴 roster, a form not shipped, sent along with them. */
  async function withTicketRoster(name: string): Promise<string> {
    const path = folder(name);
    await writeTicketRoster(path, "05-车票补贴.xlsx");
    return path;
  }

  it("without --allow-incomplete: every county's verdict, the file named with why and what to do, no output, exit 2", async () => {
    const path = await withTicketRoster("ticket-refused");
    const out = join(dir, "ticket-refused-汇总.xlsx");
    const run = runCli(["check", path, "--out", out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    for (const file of ["01-地直.xlsx", "02-哈密市.xlsx", "03-巴里坤县.xlsx", "04-伊吾县.csv"]) expect(run.stdout).toContain(file);
    expect(run.stdout).toContain("05-车票补贴.xlsx：未能校验，未计入汇总");
    const errors = run.stderr.trimEnd().split("\n");
    expect(errors[0]).toMatch(/^错误：05-车票补贴\.xlsx：表头不足以认定是哪种报表.*“送温暖慰问花名册”认出 \d+ 列.*--form.*report forms --from 05-车票补贴\.xlsx/);
    expect(errors[0]).not.toMatch(/05-车票补贴\.xlsx：05-车票补贴\.xlsx/);
    expect(errors.at(-1)).toContain("--allow-incomplete");
  });

  it("with --allow-incomplete: the rest is consolidated, and the text, the JSON, the summary and 各单位核对 name the file set aside", async () => {
    const path = await withTicketRoster("ticket-allowed");
    const out = join(dir, "ticket-allowed-汇总.xlsx");
    const run = runCli(["check", path, "--out", out, "--allow-incomplete"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("未计入的文件");
    expect(run.stdout).toMatch(/05-车票补贴\.xlsx：未能校验，未计入汇总——表头不足以认定是哪种报表/);
    expect(run.stdout).toContain("汇总不完整：不含 1 个未能校验的文件（05-车票补贴.xlsx）");
    expect((await sheetLines(out, "各单位核对")).some((line) => line.startsWith("05-车票补贴.xlsx：未能校验，未计入汇总——表头不足以认定是哪种报表"))).toBe(true);

    const json = JSON.parse(runCli(["check", path, "--json", "--allow-incomplete"]).stdout);
    expect(json.complete).toBe(false);
    expect(json.excluded).toEqual([
      { file: "05-车票补贴.xlsx", reason: expect.stringMatching(/^表头不足以认定是哪种报表.*--form.*report forms --from 05-车票补贴\.xlsx/), reasonEn: expect.stringContaining("--form") },
    ]);
    expect(json.total).toMatchObject({ households: 400, amountYuan: 274_000 });
    expect(json.summary).toMatch(/（汇总不完整：不含 1 个未能校验的文件（05-车票补贴\.xlsx））$/);
  });
});

describe("the product's own outputs among the submissions", () => {
  it("sets last run's 汇总 and 公示名单 aside: 400 households, not 1,200, and no one paid twice", () => {
    const path = folder("outputs");
    expect(runCli(["check", path, "--out", join(path, "汇总.xlsx"), "--public", join(path, "公示名单.xlsx")]).code).toBe(0);
    const run = runCli(["check", path, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.total).toMatchObject({ households: 400, amountYuan: 274_000 });
    expect(json.issues).toEqual([]);
    expect(json.complete).toBe(true);
    const sources = "01-地直.xlsx、02-哈密市.xlsx、03-巴里坤县.xlsx、04-伊吾县.csv";
    expect(json.ownOutputs.map((file: { file: string; reason: string }) => [file.file, file.reason])).toEqual([
      ["公示名单.xlsx", `本助手写出的公示名单（由 ${sources} 生成），不是上报名单，未计入`],
      ["汇总.xlsx", `本助手写出的汇总工作簿（由 ${sources} 生成），不是上报名单，未计入`],
    ]);
    expect(runCli(["check", path]).stdout).toContain("另有 2 个文件未计入：0 个未能校验，2 个是本助手写出的结果");
  });

  it("sets a 校验副本 aside beside its original, but checks one sent alone; a 空白表 that came back filled is a submission", async () => {
    const path = folder("copies");
    expect(runCli(["check", join(path, "01-地直.xlsx"), "--out", join(path, "01-地直-校验结果.xlsx")]).code).toBe(0);
    const blankFilled = await writeRoster(path, "06-填好的空白表.xlsx", cleanRows());
    writeFileSync(blankFilled, withProductMarker(new Uint8Array(readFileSync(blankFilled)), { kind: "blank-form", source: "送温暖慰问花名册" }));
    const json = JSON.parse(runCli(["check", path, "--json"]).stdout);
    expect(json.ownOutputs).toEqual([expect.objectContaining({ file: "01-地直-校验结果.xlsx", reason: expect.stringContaining("“01-地直.xlsx”的校验副本，原表已在其中") })]);
    expect(json.submissions.map((submission: { file: string }) => submission.file)).toContain("06-填好的空白表.xlsx");
    expect(json.total.households).toBe(400 + 3);

    const alone = join(dir, "alone");
    mkdirSync(alone);
    copyFileSync(join(path, "01-地直-校验结果.xlsx"), join(alone, "01-地直-校验结果.xlsx"));
    copyFileSync(join(SUBMISSIONS, "02-哈密市.xlsx"), join(alone, "02-哈密市.xlsx"));
    const lone = JSON.parse(runCli(["check", alone, "--json"]).stdout);
    expect(lone.ownOutputs).toEqual([]);
    expect(lone.total.households).toBe(55 + 125);
  });
});
