import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, expectUnusable, runCli } from "../apps/cli/run-cli";
import { loadXlsx } from "../adapters/xlsx/workbook-files";
import { HEADER, LI, ZHANG, rosterFile, tempFolder } from "./writer-files";

jest.setTimeout(120_000);

beforeAll(() => buildCli());

/** Every cell of the 公示版 written for a roster with these rows, as text. */
async function publicText(rows: unknown[][]): Promise<string> {
  const folder = tempFolder();
  const roster = await rosterFile(folder, "名单.xlsx", { 名单: [HEADER, ...rows] });
  const output = join(folder, "公示版.xlsx");
  const run = runCli(["check", roster, "--form", "送温暖", "--public", output, "--json"]);
  expect(run.stderr).toBe("");
  const texts: string[] = [];
  (await loadXlsx(new Uint8Array(readFileSync(output)))).eachSheet((sheet: ExcelJS.Worksheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))),
  );
  return texts.join("|");
}

describe("--public (公示版) publishes no ID, card or phone number, wherever it was typed", () => {
  it("masks an ID typed after the unit", async () => {
    const row = [...ZHANG];
    row[2] = "市供电公司110105194912310021";
    const text = await publicText([row, LI]);
    expect(text).not.toMatch(/\d{11}/);
    expect(text).toContain("市供电公司110105********0021");
  });

  it("masks card and ID numbers written in groups of digits", async () => {
    const row = [...ZHANG];
    row[2] = "县医院 卡号 6222 0212 3456 7801 234";
    const other = [...LI];
    other[1] = "伊吾县 110105-19491231-0021";
    const text = await publicText([row, other]);
    expect(text.replace(/[\s-]/g, "")).not.toMatch(/\d{11}/);
    expect(text).toContain("县医院 卡号 6222 02** **** ***1 234");
    expect(text).toContain("伊吾县 110105-********-0021");
  });

  it("refuses, exit 2, when 姓名 and 身份证号 are swapped, and writes no file", async () => {
    const folder = tempFolder();
    const swap = (row: unknown[]) => [row[0], row[1], row[2], row[4], row[3], row[5]];
    const roster = await rosterFile(folder, "名单.xlsx", { 名单: [HEADER, swap(ZHANG), swap(LI)] });
    const output = join(folder, "公示版.xlsx");
    expectUnusable(runCli(["check", roster, "--form", "送温暖", "--public", output]), "姓名", "D2", "D3");
    expect(existsSync(output)).toBe(false);
  });

  it("refuses while an ID sits in the 姓名 column of one row", async () => {
    const folder = tempFolder();
    const row = [...LI];
    row[3] = "440524188001010014";
    const roster = await rosterFile(folder, "名单.xlsx", { 名单: [HEADER, ZHANG, row] });
    const run = runCli(["check", roster, "--form", "送温暖", "--public", join(folder, "公示版.xlsx")]);
    expectUnusable(run, "D3");
    expect(run.stderr).not.toContain("440524188001010014");
  });
});
