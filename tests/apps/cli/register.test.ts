import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSheetRows } from "../../../src/adapters/xlsx/workbook-reader";
import { hamiRegister } from "../../../scripts/samples/hami-register";
import { hamiRoster } from "../../../scripts/samples/hami-roster";
import { layOutSheet } from "../../../scripts/samples/sheet-layout";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(180_000);

const ROSTER = "assets/samples/songwennuan-hami.xlsx";
const REGISTER = "assets/samples/archive-register-hami.xlsx";
const SUBMISSIONS = "assets/samples/submissions";
const ARCHIVE_CODES = /^archive-(not-registered|person-mismatch|level-mismatch|closed|number-omitted)$/;
const planted = hamiRegister(layOutSheet(hamiRoster())).planted;
const dir = tempDir();

beforeAll(() => buildCli());

interface JsonIssue {
  cell: string;
  code: string;
  severity: string;
  message: string;
  file?: string;
}

describe("report check --register", () => {
  it("reports the sample register's planted disagreements at their cells, and the 在档 families not reached", () => {
    const run = runCli(["check", ROSTER, "--register", REGISTER, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const found = (report.issues as JsonIssue[]).map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`).sort();
    expect(found).toEqual(planted.map((p) => `${p.cell} ${p.code} ${p.severity}`).sort());
    const level = (report.issues as JsonIssue[]).find((issue) => issue.code === "archive-level-mismatch")!;
    expect(level.message).toContain("建档级别填的是市总，档案表（archive-register-hami.xlsx 第");
    expect(report.register).toMatchObject({ files: ["archive-register-hami.xlsx"], scope: "covered", registered: 262, reached: 256, rate: "97.7%", outside: 1, closed: 2 });
    expect(report.notReached).toHaveLength(6);
    expect(report.notReached[0]).toEqual({ archiveNo: expect.any(String), name: expect.stringContaining("*"), level: expect.any(String), region: expect.any(String), unit: expect.any(String), line: expect.stringMatching(/^archive-register-hami\.xlsx 第\d+行$/) });
    // Nothing of the register's IDs leaves the check.
    expect(run.stdout).not.toMatch(/\d{17}[\dX]/);
  });

  it("counts every family with --register-scope all, and says the figures in text", () => {
    const report = JSON.parse(runCli(["check", ROSTER, "--register", REGISTER, "--register-scope", "all", "--json"]).stdout);
    expect(report.register).toMatchObject({ scope: "all", registered: 263, outside: 0 });
    expect(report.notReached).toHaveLength(7);
    const text = runCli(["check", ROSTER, "--register", REGISTER]).stdout;
    expect(text).toContain("在档 262 户，已慰问 256 户，覆盖率 97.7%；未慰问在档户 6 户。");
    expect(text).toContain("档案表中另有 1 户在档户在表中没有出现的地区/单位，未计入");
  });

  it("counts a family paid by another county as reached across the submissions, and writes 未慰问在档户 into the 汇总 workbook", async () => {
    const out = join(dir, "汇总.xlsx");
    const run = runCli(["check", SUBMISSIONS, "--register", REGISTER, "--json", "--out", out]);
    const report = JSON.parse(run.stdout);
    expect(report.register).toMatchObject({ registered: 262, reached: 256 });
    const codes = (report.issues as JsonIssue[]).filter((issue) => ARCHIVE_CODES.test(issue.code)).map((issue) => `${issue.file} ${issue.code}`);
    expect(codes.sort()).toEqual(
      ["01-地直.xlsx archive-level-mismatch", "01-地直.xlsx archive-number-omitted", "02-哈密市.xlsx archive-person-mismatch", "03-巴里坤县.xlsx archive-closed", "04-伊吾县.csv archive-not-registered"].sort(),
    );
    const rows = await readSheetRows(new Uint8Array(readFileSync(out)), "未慰问在档户");
    expect(rows[0].cells.slice(0, 7)).toEqual(["序号", "档案编号", "姓名", "档案级别", "所在地区", "单位", "档案表位置"]);
    expect(rows.filter((row) => typeof row.cells[0] === "number")).toHaveLength(6);
    expect(JSON.stringify(rows)).toContain("在档 262 户，已慰问 256 户，覆盖率 97.7%，未慰问 6 户");
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/);
  });

  it("adds the 未慰问在档户 sheet to one roster's annotated copy", async () => {
    const out = join(dir, "标注.xlsx");
    runCli(["check", ROSTER, "--register", REGISTER, "--out", out]);
    const rows = await readSheetRows(new Uint8Array(readFileSync(out)), "未慰问在档户");
    expect(rows.filter((row) => typeof row.cells[0] === "number")).toHaveLength(6);
  });

  it("refuses a register without a register header, naming the file and what it needs", () => {
    const notRegister = join(dir, "名单.csv");
    writeFileSync(notRegister, "序号,地区,金额\r\n1,哈密市,1000\r\n");
    expectUnusable(runCli(["check", ROSTER, "--register", notRegister]), "档案表“名单.csv”读不出来", "档案编号");
  });
});
