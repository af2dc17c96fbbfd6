import ExcelJS from "exceljs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { noteText } from "../../corpus/excel-from-workbook";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { cleanRows, HEADER, IDS, writeRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

/**
 * Excel cannot run here; LibreOffice Calc can. Every kind of workbook the product writes is opened
 * by it headless (a file it cannot open yields nothing and fails the test), every formula
 * recalculated on load, and saved again as .xlsx; what LibreOffice saved is what is asserted: the
 * sheets, the original formulas' values, money columns summing to the stated totals, our notes and
 * the blank form's validation lists.
 */
jest.setTimeout(300_000);

const dir = tempDir();
const AMOUNT = HEADER.indexOf("慰问金额") + 1;

beforeAll(() => buildCli());

async function throughLibreOffice(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(convertWithLibreOffice(path, "xlsx"));
  return workbook;
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

function notes(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cell.note && found.push(noteText(cell.note))));
  return found;
}

/** The numbers of a column below its header row (a 合计 line included when `withTotal`). */
function numbers(sheet: ExcelJS.Worksheet, heading: string, headerRow = 1): number[] {
  const header = (sheet.getRow(headerRow).values as unknown[]).map(String);
  const column = header.indexOf(heading);
  expect(column).toBeGreaterThan(0);
  const values: number[] = [];
  sheet.eachRow((row, rowNumber) => {
    const value = row.getCell(column).value;
    if (rowNumber > headerRow && typeof value === "number") values.push(value);
  });
  return values;
}

const sum = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

describe("LibreOffice opens and recalculates every workbook the product writes", () => {
  it("校验副本: the clerk's 合计 formula keeps its value, our notes are there", async () => {
    const roster = await writeRoster(dir, "有公式.xlsx", cleanRows(), (sheet) => {
      const total = sheet.addRow(["合计"]);
      total.getCell(AMOUNT).value = { formula: `SUM(${columnLetter(AMOUNT)}3:${columnLetter(AMOUNT)}5)`, result: 3300 };
    });
    const copy = join(dir, "有公式-校验副本.xlsx");
    expect(runCli(["check", roster, "--out", copy]).code).toBe(0);
    const workbook = await throughLibreOffice(copy);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(await sheetNames(copy));
    const sheet = workbook.getWorksheet("名单")!;
    const total = sheet.getRow(6).getCell(AMOUNT).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/SUM\(H3:H5\)/i);
    expect(total.result).toBe(3300);
    // Cash is paid: each row's 发放方式 carries our warning as a note.
    expect(notes(sheet).filter((text) => text.includes("现金"))).toHaveLength(3);
  });

  it("a several-sheet copy: each township sheet opens with its own notes", async () => {
    const workbook = new ExcelJS.Workbook();
    const [zhang, li] = cleanRows();
    for (const [town, rows] of [["清源镇", [zhang]], ["城关镇", [li, [2, "伊吾县", "张三", IDS[0], "困难职工", "全总", "YW-009", 1200, "银行卡", "13612345678"]]]] as const) {
      const sheet = workbook.addWorksheet(town);
      sheet.addRow([`${town}送温暖名单`]);
      sheet.addRow(HEADER);
      for (const row of rows) sheet.addRow([...row]);
    }
    const path = join(dir, "乡镇两表.xlsx");
    await workbook.xlsx.writeFile(path);
    const copy = join(dir, "乡镇两表-校验副本.xlsx");
    expect(runCli(["check", path, "--out", copy]).code).toBe(1);
    const opened = await throughLibreOffice(copy);
    expect(opened.worksheets.map((sheet) => sheet.name)).toEqual(await sheetNames(copy));
    // 张三 is paid by both townships: the second sighting is noted on 城关镇.
    expect(notes(opened.getWorksheet("城关镇")!).some((text) => text.includes("清源镇"))).toBe(true);
    expect(notes(opened.getWorksheet("清源镇")!).length).toBeGreaterThan(0);
  });

  it("汇总: 汇总名册's money column sums to the 统计表's total, flagged cells keep their notes", async () => {
    const out = join(dir, "汇总.xlsx");
    expect(runCli(["check", "assets/samples/submissions-duplicate", "--out", out]).code).toBe(1);
    const workbook = await throughLibreOffice(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["汇总名册", "校验结果", "统计表", "各单位核对"]);
    const roster = workbook.getWorksheet("汇总名册")!;
    expect(sum(numbers(roster, "慰问金额（元）"))).toBe(274_000);
    const crossTab = workbook.getWorksheet("统计表")!;
    // The 合计 row's 合计 金额（元）: the column after the 合计 户数.
    const totalColumn = (crossTab.getRow(1).values as unknown[]).indexOf("合计");
    expect(crossTab.getRow(crossTab.rowCount).getCell(totalColumn + 1).value).toBe(274_000);
    expect(notes(roster).some((text) => /02-哈密市\.xlsx › 花名册!E\d+/.test(text))).toBe(true);
  });

  it("汇总: its 统计表 is the report's (--stats) — two header rows merged, 单位 × 类别, the 合计 row and column — and its sums hold in LibreOffice", async () => {
    const out = join(dir, "汇总-统计表.xlsx");
    const stats = join(dir, "统计表.xlsx");
    expect(runCli(["check", "assets/samples/submissions", "--out", out, "--stats", stats]).code).toBe(0);
    const sheet = (await throughLibreOffice(out)).getWorksheet("统计表")!;
    const own = (await throughLibreOffice(stats)).getWorksheet("统计表")!;
    const values = (worksheet: ExcelJS.Worksheet) => (worksheet.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
    expect(values(sheet)).toEqual(values(own));
    const rows = values(sheet);
    expect(rows[0].slice(0, 3)).toEqual(["单位", "困难职工", "困难职工"]);
    expect(rows[1].slice(1, 3)).toEqual(["户数", "金额（元）"]);
    expect(["A1", "B1", "C1"].map((address) => sheet.getCell(address).isMerged)).toEqual([true, true, true]);
    expect(sheet.getCell("A2").master.address).toBe("A1");
    const body = rows.slice(2);
    expect(body.map((row) => row[0])).toEqual(["地直", "哈密市", "巴里坤县", "伊吾县", "合计"]);
    const totalColumn = rows[0].indexOf("合计");
    const units = body.slice(0, -1) as number[][];
    const total = body.at(-1) as number[];
    // The 合计 row is each column's sum; the 合计 column is each row's 户数 and 金额 over the 类别.
    for (let column = 1; column < rows[0].length; column++) expect(sum(units.map((row) => row[column]))).toBe(total[column]);
    for (const row of body as number[][]) {
      const categories = row.slice(1, totalColumn);
      expect(sum(categories.filter((_, i) => i % 2 === 0))).toBe(row[totalColumn]);
      expect(sum(categories.filter((_, i) => i % 2 === 1))).toBe(row[totalColumn + 1]);
    }
    expect(total.slice(totalColumn, totalColumn + 2)).toEqual([400, 274_000]);
  });

  it("公示名单: the money column sums to its 合计 line", async () => {
    const out = join(dir, "公示名单.xlsx");
    runCli(["check", "assets/samples/submissions", "--public", out]);
    const list = (await throughLibreOffice(out)).getWorksheet("公示名单")!;
    const amounts = numbers(list, "慰问金额（元）");
    expect(amounts.at(-1)).toBe(274_000);
    expect(sum(amounts.slice(0, -1))).toBe(274_000);
  });

  it("空白表: the validation lists and the 填报说明 sheet are there", async () => {
    const out = join(dir, "空白表.xlsx");
    expect(runCli(["blank", "--form", "送温暖", "--out", out]).code).toBe(0);
    const workbook = await throughLibreOffice(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(await sheetNames(out));
    const sheet = workbook.worksheets[0];
    const validations = Object.values((sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model);
    const lists = validations.filter((validation) => validation.type === "list").map((validation) => String(validation.formulae?.[0]));
    expect(lists.some((formula) => formula.includes("困难职工"))).toBe(true);
    expect(validations.some((validation) => validation.type === "decimal")).toBe(true);
  });
});

function columnLetter(column: number): string {
  return String.fromCharCode(64 + column);
}
