import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost } from "../../src/adapters/excel/excel-host";
import { checkOpenedWorkbook } from "../../src/adapters/xlsx/check-opened-workbook";
import { openWorkbook } from "../../src/adapters/xlsx/open-workbook";
import type { CheckResult } from "../../src/core/check/types";
import { ReportError } from "../../src/core/errors";
import { fenToYuan } from "../../src/core/format/fen";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { buildCli, expectUnusable, runCli } from "../apps/cli/run-cli";
import { createInMemoryExcel } from "../fakes/in-memory-excel";
import { loadIntoModel } from "./excel-from-workbook";
import { CORPUS_DIR, EXPECTED, type Outcome, type Refusal, type Verdict } from "./expected-outcomes";

jest.setTimeout(120_000);

const FILES = Object.keys(EXPECTED);
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));

/** What a clerk is told: the sheet, where the table is, which rows were judged and what was flagged. */
function seen(result: CheckResult): Verdict {
  return {
    sheet: result.sheet,
    headerRows: result.headerRows,
    dataRowNumbers: result.dataRowNumbers,
    hiddenRowNumbers: result.hiddenRowNumbers,
    issues: result.issues.map((issue) => `${issue.cell} ${issue.code}`),
    totalYuan: fenToYuan(result.total.amountFen),
  };
}

function expectRefusal(error: unknown, refusal: Refusal): void {
  expect(error).toBeInstanceOf(ReportError);
  const { code, messageZh, messageEn } = error as ReportError;
  expect({ code, zh: messageZh.includes(refusal.zh), en: messageEn.includes(refusal.en) }).toEqual({ code: refusal.code, zh: true, en: true });
}

async function outcomeOf(check: () => Promise<CheckResult>, expected: Outcome): Promise<void> {
  if ("verdict" in expected) {
    expect(seen(await check())).toEqual(expected.verdict);
    return;
  }
  const error = await check().then(
    () => null,
    (caught: unknown) => caught,
  );
  expectRefusal(error, expected.refusal);
}

const isWorksheet = (file: string) => file.endsWith(".xlsx") && !("refusal" in EXPECTED[file] && EXPECTED[file].refusal.code.startsWith("file-"));

beforeAll(() => buildCli());

it("has an expected outcome for every file the corpus script writes, and only for those", () => {
  expect(readdirSync(CORPUS_DIR).sort()).toEqual([...FILES].sort());
});

describe.each(FILES)("%s", (file) => {
  const expected = EXPECTED[file];

  it("opened and checked (standalone page, --out): a verdict or a clear message", async () => {
    await outcomeOf(async () => checkOpenedWorkbook(await openWorkbook(bytesOf(file), file), SONGWENNUAN_TEMPLATE), expected);
  });

  it("in the CLI: the same verdict and exit code, or one stderr line and exit 2", () => {
    const run = runCli(["check", join(CORPUS_DIR, file), "--json"]);
    if ("verdict" in expected) {
      const report = JSON.parse(run.stdout);
      const { verdict } = expected;
      expect({ sheet: report.sheet, dataRows: report.dataRows, issues: report.issues.map((i: { cell: string; code: string }) => `${i.cell} ${i.code}`), total: report.total.amountYuan }).toEqual({
        sheet: verdict.sheet,
        dataRows: verdict.dataRowNumbers.length,
        issues: verdict.issues,
        total: verdict.totalYuan,
      });
      const errors = report.issues.some((issue: { severity: string }) => issue.severity === "error");
      expect(run.code).toBe(errors ? 1 : 0);
      expect(run.stderr).toBe("");
      return;
    }
    expectUnusable(run, expected.refusal.zh, expected.refusal.en);
  });
});

// Excel opens worksheets only: the .csv, .xls, encrypted and renamed files never reach the adapter.
describe.each(FILES.filter(isWorksheet))("%s", (file) => {
  const expected = EXPECTED[file];

  it("in Excel (in-memory): the same verdict", async () => {
    const excel = createInMemoryExcel();
    await loadIntoModel(bytesOf(file), excel.model);
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });
    const sheet = "verdict" in expected ? expected.verdict.sheet : excel.model.sheets[0].name;
    await outcomeOf(() => host.check(SONGWENNUAN_TEMPLATE, sheet), expected);
  });
});

it("says in the terminal that hidden and filtered rows were checked", () => {
  const run = runCli(["check", join(CORPUS_DIR, "hidden-filtered.xlsx")]);
  expect(run.stdout).toContain("有 4 行数据被隐藏或筛选掉（已一并校验）：第 3、4、6、7 行");
});
