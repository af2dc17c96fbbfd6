import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { HEADER, IDS } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
const ERROR_FILL = "FFFFC7CE";
const ACCOUNTS = ["6222020200112233441", "6222020200112233458", "6222020200112233466"];
const PHONES = ["13812345678", "13912345678", "13712345678"];

beforeAll(() => buildCli());

/**
 * A county workbook as a county clerk keeps it: a 封面, then one sheet per township, each with its
 * title row, header and rows, and the clerk's own note and number format. Each township has its fault:
 * 清源镇 an amount under the minimum, 城关镇 a name left empty, 大河乡 the person 清源镇 already paid.
 */
async function countyWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("封面").getCell("A1").value = "巴里坤县送温暖名册（三个乡镇）";
  const towns: [string, (string | number | null)[][]][] = [
    ["清源镇", [
      [1, "清源镇", "张三", IDS[0], "困难职工", "全总", "QY-001", 500, "现金", PHONES[0]],
      [2, "清源镇", "李四", IDS[1], "一线职工", null, null, 800, "现金", PHONES[1]],
    ]],
    ["城关镇", [[1, "城关镇", null, IDS[2], "一线职工", null, null, 800, "现金", PHONES[2]]]],
    ["大河乡", [
      [1, "大河乡", "赵六", "652201199001011238", "一线职工", null, null, 600, "现金", null],
      [2, "大河乡", "张三", IDS[0], "一线职工", null, null, 600, "现金", null],
    ]],
  ];
  for (const [town, rows] of towns) {
    const sheet = workbook.addWorksheet(town);
    sheet.addRow([`${town}送温暖名单`]);
    sheet.addRow(HEADER);
    for (const row of rows) sheet.addRow(row);
    sheet.getCell("H3").numFmt = "#,##0.00";
    sheet.getCell("A1").note = `${town}经办人的批注`;
  }
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function loaded(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("report check on one workbook of several roster sheets", () => {
  it("--out marks every township sheet on its own cells, lists each issue's 工作表, and keeps every value of the clerk's", async () => {
    const input = await countyWorkbook("巴里坤县-标注.xlsx");
    const out = join(dir, "巴里坤县-已标注.xlsx");
    const run = runCli(["check", input, "--out", out, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const [before, after] = [await loaded(input), await loaded(out)];
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(["封面", "清源镇", "城关镇", "大河乡", "校验结果", "分地区汇总"]);
    for (const name of ["封面", "清源镇", "城关镇", "大河乡"]) {
      const values = (workbook: ExcelJS.Workbook) => workbook.getWorksheet(name)!.getSheetValues();
      expect(values(after)).toEqual(values(before));
      expect(after.getWorksheet(name)!.getCell("A1").note).toEqual(before.getWorksheet(name)!.getCell("A1").note);
    }
    const fill = (sheet: string, address: string) => (after.getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // Each fault on its own sheet, and the same address on the other sheets left as it was.
    expect([fill("清源镇", "H3"), fill("城关镇", "H3"), fill("大河乡", "H3")]).toEqual([ERROR_FILL, undefined, undefined]);
    expect([fill("城关镇", "C3"), fill("清源镇", "C3"), fill("大河乡", "C3")]).toEqual([ERROR_FILL, undefined, undefined]);
    expect([fill("大河乡", "D4"), fill("清源镇", "D4")]).toEqual([ERROR_FILL, undefined]);
    expect(JSON.stringify(after.getWorksheet("大河乡")!.getCell("D4").note)).toContain("清源镇!D3");
    expect(after.getWorksheet("清源镇")!.getCell("H3").numFmt).toBe("#,##0.00");

    const results = after.getWorksheet("校验结果")!;
    expect((results.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["序号", "工作表", "单元格"]);
    const listed = (results.getSheetValues() as unknown[][]).slice(2).map((row) => `${row[2]}!${row[3]} ${row[7]}`);
    expect(listed).toEqual(expect.arrayContaining(["清源镇!H3 amount-below-minimum", "城关镇!C3 required-missing", "大河乡!D4 duplicate-person"]));
    expect(listed).toHaveLength(JSON.parse(run.stdout).issues.length);
    // 分地区汇总 over the three sheets: five households, each 地区 once.
    const subtotals = (after.getWorksheet("分地区汇总")!.getSheetValues() as unknown[][]).map((row) => row?.slice(1, 3).join(" "));
    expect(subtotals).toEqual(expect.arrayContaining(["清源镇 2", "城关镇 1", "大河乡 2", "合计 5"]));
  });

  it("--public over the township sheets: one list with 来源单位, no ID, account or phone digits anywhere in the file", async () => {
    const input = await countyWorkbook("巴里坤县-公示.xlsx");
    const out = join(dir, "巴里坤县-公示名单.xlsx");
    expect(runCli(["check", input, "--public", out, "--unit", "巴里坤县-公示.xlsx!大河乡=大河乡工会"]).code).toBe(1);
    const sheet = (await loaded(out)).worksheets[0];
    const rows = (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
    expect(rows[0]).toEqual(["序号", "来源单位", "地区", "工作单位", "姓名", "慰问金额（元）"]);
    expect(rows.slice(1, -1).map((row) => `${row[1]} ${row[4] ?? ""} ${row[5]}`)).toEqual([
      "巴里坤县-公示 张三 500",
      "巴里坤县-公示 李四 800",
      "巴里坤县-公示  800",
      "大河乡工会 赵六 600",
      "大河乡工会 张三 600",
    ]);
    expect([rows.at(-1)![0], rows.at(-1)![5]]).toEqual(["合计", 3300]);
    expectNoPersonalDigits(readFileSync(out));
  });
});

/** Every part of the written package, as text: no ID, account or phone, whole or as a long run of its digits. */
function expectNoPersonalDigits(xlsx: Uint8Array): void {
  const text = Object.values(unzipSync(xlsx)).map((part) => strFromU8(part)).join("\n");
  for (const value of [...IDS, "652201199001011238", ...ACCOUNTS, ...PHONES]) expect(text).not.toContain(value);
  expect(text).not.toMatch(/\d{7,}/);
}
