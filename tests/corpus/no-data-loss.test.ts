import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExcelHost } from "../../src/adapters/excel/excel-host";
import { openWorkbook } from "../../src/adapters/xlsx/open-workbook";
import { openPackage } from "../../src/adapters/xlsx/package/workbook-package";
import { readZipRecords } from "../../src/adapters/xlsx/package/zip-records";
import { RESULTS_SHEETS } from "../../src/core/workbook/sheet-names";
import { StandaloneHost } from "../../src/apps/standalone/standalone-host";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { createInMemoryExcel } from "../fakes/in-memory-excel";
import { loadIntoModel } from "./excel-from-workbook";
import { CORPUS_DIR, EXPECTED } from "./expected-outcomes";
import { expectSameSheet, loadWorkbook } from "./workbook-cells";

jest.setTimeout(120_000);

/** The files that open; each must come back from every host with nothing of the clerk's lost. */
const OPENS = Object.keys(EXPECTED).filter((file) => "verdict" in EXPECTED[file]);
const XLSX = OPENS.filter((file) => file.endsWith(".xlsx"));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
const flaggedCells = (file: string) => {
  const outcome = EXPECTED[file];
  return new Set("verdict" in outcome ? outcome.verdict.issues.map((issue) => issue.split(" ")[0]) : []);
};
const dir = mkdtempSync(join(tmpdir(), "corpus-out-"));

/** The annotated copy holds every original sheet unchanged (bar flagged fills and notes) plus the two results sheets. */
async function expectOriginalKept(file: string, copyBytes: Uint8Array): Promise<void> {
  // The original as the checker's own reader sees it (a .csv becomes one sheet).
  const original = (await openWorkbook(bytesOf(file), file)).workbook;
  const copy = await loadWorkbook(copyBytes);
  const names = original.worksheets.map((sheet) => sheet.name);
  expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([...names, ...RESULTS_SHEETS]);
  const flagged = flaggedCells(file);
  for (const sheet of original.worksheets) expectSameSheet(sheet, copy.getWorksheet(sheet.name), sheet.name === "花名册" ? flagged : new Set());
}

beforeAll(() => buildCli());

describe.each(OPENS)("%s", (file) => {
  it("CLI --out: every original value, formula and style kept; the results sheets are the only new ones", async () => {
    const out = join(dir, `${file}.out.xlsx`);
    const run = runCli(["check", join(CORPUS_DIR, file), "--out", out]);
    expect(run.stderr).toBe("");
    await expectOriginalKept(file, new Uint8Array(readFileSync(out)));
  });

  it("standalone page: after check, mark, results and clear, the download keeps everything and the opened file is untouched", async () => {
    const saved: Uint8Array[] = [];
    const opened = bytesOf(file);
    const host = await StandaloneHost.open(opened, file, SONGWENNUAN_TEMPLATE, (bytes) => saved.push(bytes));
    const result = await host.check(SONGWENNUAN_TEMPLATE, await host.defaultSheet());
    await host.markIssues(result);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    await host.clearMarks();
    expect(saved).toHaveLength(1);
    await expectOriginalKept(file, saved[0]);
    expect(Buffer.from(opened).equals(Buffer.from(bytesOf(file)))).toBe(true);
    expect(host.getView().marks.size).toBe(0);
  });
});

describe.each(XLSX)("%s, byte for byte", (file) => {
  it("CLI --out: every part the copy has no reason to change keeps its compressed bytes", () => {
    const out = join(dir, `${file}.bytes.xlsx`);
    runCli(["check", join(CORPUS_DIR, file), "--out", out]);
    const original = openPackage(bytesOf(file), file);
    const roster = original.sheets.find((sheet) => sheet.name === "花名册")?.path ?? "";
    // _rels/.rels and docProps/custom.xml: the marker every output carries (报表助手输出, custom document properties).
    const mayChange = new Set(["[Content_Types].xml", "_rels/.rels", "docProps/custom.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", roster, roster.replace(/([^/]+)$/, "_rels/$1.rels")]);
    const notes = /^xl\/(comments\d*\.xml|drawings\/vmlDrawing\d*\.vml)$/;
    const copy = new Map(readZipRecords(new Uint8Array(readFileSync(out)), out).map((record) => [record.name, record]));
    const unchanged = original.records.filter((record) => !mayChange.has(record.name) && !notes.test(record.name));
    expect(unchanged.filter((record) => !Buffer.from(copy.get(record.name)?.data ?? []).equals(Buffer.from(record.data))).map((record) => record.name)).toEqual([]);
  });
});

describe.each(XLSX.filter((file) => file !== "protected-sheet.xlsx"))("%s in Excel (in-memory)", (file) => {
  it("after check, mark, write results and clear: every value, formula, fill and note as it was; only 校验结果 and 分地区汇总 are new", async () => {
    const excel = createInMemoryExcel();
    await loadIntoModel(bytesOf(file), excel.model);
    const names = excel.model.sheets.map((sheet) => sheet.name);
    const before = names.map((name) => excel.model.snapshot(name));
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });

    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    await host.markIssues(result);
    if (result.issues.length > 0) expect(excel.model.snapshot("花名册")).not.toEqual(before[names.indexOf("花名册")]);
    await host.writeResultSheets(result, SONGWENNUAN_TEMPLATE);
    await host.clearMarks();

    expect(names.map((name) => excel.model.snapshot(name))).toEqual(before);
    expect(excel.model.sheets.map((sheet) => sheet.name)).toEqual([...names, ...RESULTS_SHEETS]);
  });
});

describe("a protected sheet in Excel (in-memory)", () => {
  it("is still checked, marking it is refused with a clear message, and nothing is half-changed", async () => {
    const excel = createInMemoryExcel();
    await loadIntoModel(bytesOf("protected-sheet.xlsx"), excel.model);
    expect(excel.model.sheet("花名册")!.protection.protected).toBe(true);
    const before = excel.model.snapshot("花名册");
    const host = createExcelHost({ run: excel.run, isSetSupported: () => true });

    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    expect(result.dataRows).toBe(6);
    const refused = await host.markIssues(result).then(
      () => null,
      (error: { code?: string; messageZh?: string; messageEn?: string }) => error,
    );
    expect(refused).toMatchObject({ code: "sheet-protected", messageZh: expect.stringContaining("受保护"), messageEn: expect.stringContaining("protected") });
    await host.clearMarks();
    expect(excel.model.snapshot("花名册")).toEqual(before);
  });
});
