import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { bytesDigest, sameBytesAgain } from "../../../src/apps/cli/check-file-node";
import { ReportError } from "../../../src/core/errors";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { noteText } from "../../corpus/excel-from-workbook";
import { cleanRows, HEADER, IDS, writeRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(180_000);

const dir = tempDir();

beforeAll(() => buildCli());

async function readSheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet(name)!;
}

function columnValues(sheet: ExcelJS.Worksheet, heading: string): unknown[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = header.indexOf(heading) + 1;
  expect(column).toBeGreaterThan(0);
  const values: unknown[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) values.push(row.getCell(column).value);
  });
  return values;
}

describe("the 汇总 workbook and the 公示名单 come from what was checked", () => {
  it("copies a county whose rows the check read through its own saved 列对应 (the 汇总 used to re-check it with the bare form and fail)", async () => {
    const mapped = await writeRoster(dir, "县甲-列对应.xlsx", cleanRows(), (sheet) => {
      sheet.getRow(2).getCell(HEADER.indexOf("地区") + 1).value = "所属辖区";
    });
    writeFileSync(mapped, embedSavedSettings(readFileSync(mapped), { columnMap: { 所属辖区: "region" } }, new Date()));
    const plain = await writeRoster(dir, "县乙.xlsx", [[1, "伊吾县", "赵六", null, "一线职工", null, null, 600, "现金", "13612345678"]]);
    const out = join(dir, "汇总-列对应.xlsx");
    const run = runCli(["check", mapped, plain, "--out", out]);
    expect(run.stderr).not.toContain("错误：");
    const roster = await readSheet(out, "汇总名册");
    expect(roster.rowCount).toBe(1 + 3 + 1);
    expect(columnValues(roster, "地区").slice(0, 3)).toEqual(["哈密市", "哈密市", "伊吾县"]);
  });

  it("writes every money column in 元: a county's 万元, text amounts and full-width digits convert, the original kept in the note, and the column sums to the 合计", async () => {
    const wan = await writeRoster(
      dir,
      "县丙-万元.xlsx",
      [
        [1, "哈密市", "张三", IDS[0], "困难职工", "省总", "HM-001", 0.15, "现金", "13812345678"],
        [2, "哈密市", "李四", IDS[1], "一线职工", null, null, 0.08, "现金", "13912345678"],
      ],
      (sheet) => {
        sheet.getRow(2).getCell(HEADER.indexOf("慰问金额") + 1).value = "慰问金额（万元）";
      },
    );
    const text = await writeRoster(dir, "县丁-文字.xlsx", [
      [1, "伊吾县", "王五", IDS[2], "困难职工", "全总", "YW-007", "1,500", "现金", "13712345678"],
      [2, "伊吾县", "赵六", null, "一线职工", null, null, "500元", "现金", "13612345678"],
      [3, "伊吾县", "钱七", null, "一线职工", null, null, "１０００", "现金", "13512345678"],
    ]);
    const out = join(dir, "汇总-元.xlsx");
    const publicOut = join(dir, "公示名单-元.xlsx");
    runCli(["check", wan, text, "--out", out, "--public", publicOut]);
    const roster = await readSheet(out, "汇总名册");
    const amounts = columnValues(roster, "慰问金额（元）");
    expect(amounts).toEqual([1500, 800, 1500, 500, 1000]);
    const header = (roster.getRow(1).values as unknown[]).slice(1);
    const amountColumn = header.indexOf("慰问金额（元）") + 1;
    expect(noteText(roster.getRow(2).getCell(amountColumn).note!)).toContain("原填：0.15（万元）");
    expect(noteText(roster.getRow(4).getCell(amountColumn).note!)).toContain("原填：1,500");
    expect(roster.getRow(3 + 1).getCell(amountColumn).value).toBe(1500);
    expect(roster.getRow(6).getCell(amountColumn).note).toBeTruthy();

    const list = await readSheet(publicOut, "公示名单");
    const listed = columnValues(list, "慰问金额（元）");
    expect(listed).toEqual([1500, 800, 1500, 500, 1000, 5300]);
  });

  it("reads a 单位：万元 line above the header as the check did, in the 公示名单 too (it used to publish 0.15 元)", async () => {
    const path = await writeRoster(dir, "县戊-单位行.xlsx", [[1, "哈密市", "张三", IDS[0], "困难职工", "省总", "HM-001", 0.15, "现金", "13812345678"]], (sheet) => {
      sheet.getRow(1).getCell(1).value = "单位：万元";
    });
    const other = await writeRoster(dir, "县己.xlsx", [[1, "伊吾县", "王五", IDS[2], "困难职工", "全总", "YW-007", 1000, "现金", "13712345678"]]);
    const publicOut = join(dir, "公示名单-单位行.xlsx");
    runCli(["check", path, other, "--public", publicOut]);
    expect(columnValues(await readSheet(publicOut, "公示名单"), "慰问金额（元）")).toEqual([1500, 1000, 2500]);
  });
});

describe("sameBytesAgain", () => {
  it("gives the bytes back only while they are the ones the check read", async () => {
    const path = await writeRoster(dir, "换过的.xlsx");
    const digest = bytesDigest(readFileSync(path));
    expect(await sameBytesAgain(path, "换过的.xlsx", digest)).toEqual(new Uint8Array(readFileSync(path)));
    await writeRoster(dir, "换过的.xlsx", cleanRows().slice(0, 1));
    const changed = sameBytesAgain(path, "换过的.xlsx", digest);
    await expect(changed).rejects.toBeInstanceOf(ReportError);
    await expect(changed).rejects.toThrow(/换过的\.xlsx”在校验之后被改动/);
  });
});
