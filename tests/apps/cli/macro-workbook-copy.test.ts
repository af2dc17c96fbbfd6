import { unzipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { asMacroWorkbook, tempDir } from "../../adapters/xlsx/workbook-files";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { cleanRows, writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(300_000);

const dir = tempDir();

beforeAll(() => buildCli());

/** A roster saved by Excel with macros: 名单.xlsm, one ID wrong. */
async function macroRoster(): Promise<string> {
  const rows = cleanRows();
  rows[1][3] = "12345";
  const xlsx = await writeRoster(dir, "宏名单.xlsx", rows);
  const path = join(dir, "名单.xlsm");
  writeFileSync(path, asMacroWorkbook(readFileSync(xlsx)));
  return path;
}

describe("report check of an .xlsm (a workbook with macros)", () => {
  it("writes the checked copy as .xlsm, keeping the macros, their content type and relationship; LibreOffice opens it", async () => {
    const roster = await macroRoster();
    const out = join(dir, "副本.xlsm");
    const run = runCli(["check", roster, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const original = unzipSync(readFileSync(roster));
    const copy = unzipSync(readFileSync(out));
    expect(copy["xl/vbaProject.bin"]).toEqual(original["xl/vbaProject.bin"]);
    const types = new TextDecoder().decode(copy["[Content_Types].xml"]);
    expect(types).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(types).toContain('Extension="bin" ContentType="application/vnd.ms-office.vbaProject"');
    expect(new TextDecoder().decode(copy["xl/_rels/workbook.xml.rels"])).toContain('Target="vbaProject.bin"');
    expect(new TextDecoder().decode(copy["xl/workbook.xml"])).toContain("校验结果");
    const csv = readFileSync(convertWithLibreOffice(out, "csv"), "utf8");
    expect(csv).toContain("12345");
  });

  it("refuses to write that copy under .xlsx, before checking: Excel would not open a macro workbook so named", async () => {
    const roster = await macroRoster();
    const out = join(dir, "副本.xlsx");
    expectUnusable(runCli(["check", roster, "--out", out]), "名单.xlsm", ".xlsm", "副本.xlsx");
  });

  it("refuses an .xlsm name for the copy of a workbook without macros", async () => {
    const roster = await writeRoster(dir, "普通名单.xlsx");
    expectUnusable(runCli(["check", roster, "--out", join(dir, "普通副本.xlsm")]), "普通名单.xlsx", ".xlsx");
  });

  it("refuses .xlsm for the 汇总 of several rosters: a new workbook, without macros", async () => {
    const roster = await macroRoster();
    const other = await writeRoster(dir, "另一份.xlsx");
    expectUnusable(runCli(["check", roster, other, "--out", join(dir, "汇总.xlsm")]), "汇总.xlsm", ".xlsx");
  });
});
