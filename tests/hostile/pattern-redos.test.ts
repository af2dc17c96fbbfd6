import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost } from "../../src/adapters/excel/excel-host";
import { writeFailureNotice, appendNotice } from "../../src/adapters/excel/results-sheets";
import { oneClickCheck } from "../../src/apps/commands/one-click-check";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { buildCli } from "../apps/cli/run-cli";
import { createInMemoryExcel } from "../fakes/in-memory-excel";
import { generateRoster, ROSTER_HEADER } from "../fakes/generate-roster";
import { expectOneLineWithoutStack, measuredCli } from "./measured-cli";

jest.setTimeout(120_000);

const dir = tempDir();
/** 30 a's and a stop: (a+)+ on a backtracking engine tries 2^30 ways before failing (151 s for 10 rows). */
const EVIL_ARCHIVE_NO = "a".repeat(30) + "!";
const ARCHIVE_NO = ROSTER_HEADER.indexOf("档案编号");

beforeAll(() => buildCli());

function rulesFile(name: string, archiveNoPattern: string): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ rules: { archiveNoPattern } }));
  return path;
}

/** Ten households every rule accepts, but for archive numbers made to make a backtracking engine hang. */
function evilRows() {
  const { rows, firstDataRow, lastDataRow } = generateRoster(10, { defectRate: 0 });
  // One hostile number a row, each its own length: one number shared by ten IDs would be archive-shared.
  return rows.map((row, i) => (i + 1 >= firstDataRow && i + 1 <= lastDataRow ? row.map((cell, c) => (c === ARCHIVE_NO ? "a".repeat(i) + EVIL_ARCHIVE_NO : cell)) : row));
}

async function evilRoster(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("名单").addRows(evilRows());
  const path = join(dir, "evil-archive-numbers.xlsx");
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

describe("a clerk's archive-number pattern cannot hang a check", () => {
  it("runs (a+)+ from --rules on RE2: 10 hostile rows checked and warned in seconds", async () => {
    const run = measuredCli(["check", await evilRoster(), "--rules", rulesFile("nested.json", "(a+)+"), "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.issues.filter((issue: { code: string }) => issue.code === "archive-no-format")).toHaveLength(10);
    expect(run.wallMs).toBeLessThan(10_000);
  });

  it("refuses a backreference in --rules with one clear line and exit 2, before reading the roster", async () => {
    const run = measuredCli(["check", await evilRoster(), "--rules", rulesFile("backref.json", "(a+)\\1")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const line = expectOneLineWithoutStack(run.stderr);
    expect(line).toMatch(/^错误：规则文件有误：rules\.archiveNoPattern: 不支持反向引用.+ \/ Error: Invalid rules file: rules\.archiveNoPattern: backreferences/);
  });
});

describe("a received workbook's saved pattern", () => {
  function workbookSaying(archiveNoPattern: string) {
    const excel = createInMemoryExcel();
    excel.model.addGrid("名单", evilRows());
    excel.model.addXmlPart(
      "urn:baobiao-zhushou:settings:1",
      `<data xmlns="urn:baobiao-zhushou:settings:1">${JSON.stringify({ rules: { archiveNoPattern } })}</data>`,
    );
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
    const notices = { failed: (line: string) => writeFailureNotice(excel.run, line), partial: (sheet: string, line: string) => appendNotice(excel.run, sheet, line) };
    return { model: excel.model, run: () => oneClickCheck(host, notices) };
  }

  it("(a+)+ saved in the workbook: 一键校验 finishes and lists the ten format warnings", async () => {
    const { model, run } = workbookSaying("(a+)+");
    await run();
    const results = model.sheet("校验结果")!;
    const codes = Array.from({ length: results.usedRect(true)!.bottom - 1 }, (_, i) => results.value(i + 2, 6));
    expect(codes.filter((code) => code === "archive-no-format")).toHaveLength(10);
  });

  it("a lookahead saved in the workbook: 一键校验 says why in 校验结果 instead of running it", async () => {
    const { model, run } = workbookSaying("(?=a)(a+)+");
    await run();
    expect(String(model.sheet("校验结果")!.value(2, 1))).toContain("rules.archiveNoPattern: 不支持反向引用");
  });
});
