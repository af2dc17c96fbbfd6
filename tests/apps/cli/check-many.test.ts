import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { noteText } from "../../corpus/excel-from-workbook";
import { generateRoster } from "../../fakes/generate-roster";
import { cleanRows, HEADER, IDS, writeRoster } from "./rosters";
import { buildCli, expectUnusable, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
const SUBMISSIONS = "assets/samples/submissions";
const SEED_SENTENCE =
  "本次全地区共走访慰问400名困难劳模及职工，其中：地直55户（劳模2户）、哈密市125户（劳模25户）、巴里坤县176户（劳模48户）、伊吾县44户（劳模0户）。" +
  "将发放慰问金27.4万元，其中：地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。";

beforeAll(() => buildCli());

/** A county workbook: a cover, two township sheets (张三 in both) and a 汇总 sheet without a roster header. */
async function countyWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("封面").getCell("A1").value = "巴里坤县送温暖名册";
  const [zhang, li, wang] = cleanRows();
  for (const [town, rows] of [["清源镇", [zhang, li]], ["城关镇", [wang, [4, "哈密市", "张三", IDS[0], "困难职工", "省总", "HM-009", 1500, "现金", "13812345678"]]]] as const) {
    const sheet = workbook.addWorksheet(town);
    sheet.addRow([`${town}送温暖名单`]);
    sheet.addRow(HEADER);
    for (const row of rows) sheet.addRow([...row]);
  }
  workbook.addWorksheet("汇总").addRow(["乡镇", "户数"]);
  const path = join(dir, "巴里坤县.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("report check with several submissions", () => {
  it("consolidates the sample folder into the seed sentence, each submission with its own verdict", () => {
    const run = runCli(["check", SUBMISSIONS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(SEED_SENTENCE);
    expect(run.stdout).toMatch(/03-巴里坤县\.xlsx\s+乡镇\s+巴里坤县\s+82\s+0\s+0\s+49,500\.00\s+49,500\.00\s+相符/);
    expect(run.stdout).toContain("03-巴里坤县.xlsx › 填表说明：前 30 行没有认得出的名单表头");
  });

  it("gives submissions, byUnit and the 统计表 in --json, exact to the fen", () => {
    const report = JSON.parse(runCli(["check", SUBMISSIONS, "--json"]).stdout);
    expect(report.summary).toBe(SEED_SENTENCE);
    expect(report.submissions.map((s: { file: string; sheet: string; unit: string }) => `${s.file} ${s.sheet} ${s.unit}`)).toEqual([
      "01-地直.xlsx 送温暖统计表 地直",
      "02-哈密市.xlsx 花名册 哈密市",
      "03-巴里坤县.xlsx 县直单位 巴里坤县",
      "03-巴里坤县.xlsx 乡镇 巴里坤县",
      "04-伊吾县.csv 04-伊吾县 伊吾县",
    ]);
    expect(report.submissions[1]).toEqual({ file: "02-哈密市.xlsx", sheet: "花名册", unit: "哈密市", dataRows: 125, errors: 0, warnings: 0, totalYuan: 70_000, statedTotalYuan: 70_000, uncheckedColumns: [] });
    expect(report.byUnit).toEqual([
      { unit: "地直", households: 55, modelWorkers: 2, amountYuan: 61_000 },
      { unit: "哈密市", households: 125, modelWorkers: 25, amountYuan: 70_000 },
      { unit: "巴里坤县", households: 176, modelWorkers: 48, amountYuan: 107_000 },
      { unit: "伊吾县", households: 44, modelWorkers: 0, amountYuan: 36_000 },
    ]);
    // 哈密市's 地区 is typed once over a merged column: every row still counts under it.
    expect(report.groups.map((g: { region: string; households: number }) => `${g.region} ${g.households}`)).toEqual(["地直 55", "哈密市 125", "巴里坤县 176", "伊吾县 44"]);
    const { crossTab } = report;
    expect(crossTab.total).toMatchObject({ unit: "合计", modelWorkers: 75, households: 400, amountYuan: 274_000 });
    const column = crossTab.groups.indexOf("劳模");
    expect(crossTab.rows.map((row: { cells: { households: number }[] }) => row.cells[column].households)).toEqual([1, 20, 40, 0]);
    expect(report.skippedSheets).toEqual([{ file: "03-巴里坤县.xlsx", sheet: "填表说明", reason: "no-header" }]);
  });

  it("flags the person planted in two units' files, naming the first as 文件名 › 工作表!单元格", () => {
    const run = runCli(["check", "assets/samples/submissions-duplicate", "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.issues).toEqual([
      {
        file: "04-伊吾县.csv",
        sheet: "04-伊吾县",
        cell: "E47",
        row: 47,
        field: "idNumber",
        code: "duplicate-person",
        severity: "error",
        message: expect.stringMatching(/与另一份上报的 02-哈密市\.xlsx › 花名册!E\d+ 是同一人/),
      },
    ]);
    expect(report.submissions.map((s: { errors: number }) => s.errors)).toEqual([0, 0, 0, 0, 1]);
  });

  it("checks every roster sheet of one workbook, names issues by sheet and lists the sheets skipped", async () => {
    const path = await countyWorkbook();
    const run = runCli(["check", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/城关镇!D4\s+110105\*+002X\s+身份证号码与另一份上报的 巴里坤县\.xlsx › 清源镇!D3 是同一人/);
    expect(run.stdout).toContain("巴里坤县.xlsx › 封面：前 30 行没有认得出的名单表头");
    expect(run.stdout).toContain("巴里坤县.xlsx › 汇总：前 30 行没有认得出的名单表头");
    const report = JSON.parse(runCli(["check", path, "--json"]).stdout);
    expect(report.total).toEqual({ households: 4, modelWorkers: 0, amountYuan: 4800 });
    expect(report.issues.find((issue: { code: string }) => issue.code === "duplicate-person")).toMatchObject({ sheet: "城关镇", cell: "D4" });
    expect(report.issues.every((issue: object) => !("file" in issue))).toBe(true);
    expect(report.skippedSheets.map((s: { sheet: string }) => s.sheet)).toEqual(["封面", "汇总"]);
  });

  it("checks only the sheets named with --sheet, repeated", async () => {
    const report = JSON.parse(runCli(["check", await countyWorkbook(), "--sheet", "城关镇", "--sheet", "清源镇", "--json"]).stdout);
    expect(report.submissions.map((s: { sheet: string }) => s.sheet)).toEqual(["城关镇", "清源镇"]);
    expect(report.skippedSheets).toEqual([]);
  });

  it("warns of one account under two names in two of three files, and flags the same person in another", async () => {
    const folder = join(dir, "三个单位");
    mkdirSync(folder);
    const withAccount = (rows: (string | number | null)[][], account: string) => rows.map((row) => [...row, account]);
    const header = (sheet: ExcelJS.Worksheet) => (sheet.getCell("K2").value = "银行账号");
    const [zhang, li, wang] = cleanRows();
    await writeRoster(folder, "1-地直.xlsx", withAccount([zhang], "6222020200112233441"), header);
    await writeRoster(folder, "2-哈密市.xlsx", withAccount([li], "6222020200112233441"), header);
    await writeRoster(folder, "3-伊吾县.xlsx", withAccount([[9, "伊吾县", "张三", IDS[0], "一线职工", null, null, 500, "现金", "13812345678"], wang], ""), header);
    const report = JSON.parse(runCli(["check", folder, "--json"]).stdout);
    const crossIssues = report.issues.filter((issue: { code: string }) => issue.code === "account-shared" || issue.code === "duplicate-person");
    expect(crossIssues.map((issue: { file: string; sheet: string; cell: string; code: string }) => `${issue.file} ${issue.sheet}!${issue.cell} ${issue.code}`)).toEqual([
      "2-哈密市.xlsx 名单!K3 account-shared",
      "3-伊吾县.xlsx 名单!D3 duplicate-person",
    ]);
    expect(crossIssues[0].message).toContain("1-地直.xlsx › 名单!K3");
    expect(report.byUnit.map((unit: { unit: string }) => unit.unit)).toEqual(["地直", "哈密市", "伊吾县"]);
    expect(report.summary).toContain("其中：地直1户（劳模0户）、哈密市1户（劳模0户）、伊吾县2户（劳模0户）");
  });

  it("keeps one sheet's report as it was, adding the sheets it skipped", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明").getCell("A1").value = "请按表头填写";
    const report = JSON.parse(runCli(["check", await writeRoster(dir, "单表.xlsx", cleanRows(), undefined, workbook), "--json"]).stdout);
    expect(Object.keys(report)).toEqual(["sheet", "headerRow", "dataRows", "issues", "groups", "byGroup", "total", "summary", "summaryCaveat", "skippedSheets", "uncheckedColumns", "template"]);
    // One file: the report keeps its documented shape, {sheet, reason} as for hidden sheets.
    expect(report.skippedSheets).toEqual([{ sheet: "说明", reason: "no-header" }]);
  });

  it("--out writes the 汇总 workbook: every row with its source, flagged cells marked, 校验结果, 统计表, 各单位核对", async () => {
    const out = join(dir, "汇总.xlsx");
    expect(runCli(["check", "assets/samples/submissions-duplicate", "--out", out]).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["汇总名册", "校验结果", "统计表", "各单位核对"]);

    const roster = workbook.getWorksheet("汇总名册")!;
    const header = (roster.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(["来源单位", "来源文件", "工作表", "行", "序号", "地区"]);
    expect(roster.rowCount).toBe(1 + 400);
    const rows = (roster.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
    const column = (name: string) => header.indexOf(name);
    // 哈密市's 地区 was typed once over a merged block: each of its rows carries it.
    expect(rows.filter((row) => row[column("来源单位")] === "哈密市").every((row) => row[column("地区")] === "哈密市")).toBe(true);
    expect(rows.reduce((sum, row) => sum + (row[column("慰问金额（元）")] as number), 0)).toBe(274_000);
    const flagged = rows.findIndex((row) => row[column("来源文件")] === "04-伊吾县.csv" && row[column("行")] === 47);
    const idCell = roster.getRow(flagged + 2).getCell(column("身份证号码") + 1);
    expect((idCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(noteText(idCell.note!)).toMatch(/02-哈密市\.xlsx › 花名册!E\d+/);

    expect(workbook.getWorksheet("校验结果")!.getRow(2).values).toEqual(expect.arrayContaining(["04-伊吾县.csv", "04-伊吾县", "E47", "duplicate-person"]));
    const crossTab = (workbook.getWorksheet("统计表")!.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
    // The report's layout: 单位 over two header rows (merged, read as its master's value), then a row per unit and 合计.
    expect(crossTab.map((row) => row[0])).toEqual(["单位", "单位", "地直", "哈密市", "巴里坤县", "伊吾县", "合计"]);
    expect(crossTab[6].slice(-3)).toEqual([400, 274_000, 75]);
    const verdicts = (workbook.getWorksheet("各单位核对")!.getSheetValues() as unknown[][]).map((row) => row?.slice(1).join("|"));
    expect(verdicts).toContain("04-伊吾县.csv|04-伊吾县|伊吾县|44|1|0|36000|36000|相符|—");
    expect(verdicts).toContain("03-巴里坤县.xlsx › 填表说明：前 30 行没有认得出的名单表头（汇总、封面、说明等），未校验");
  });

  it("keeps two files of the same name in two folders apart, naming them by path", async () => {
    const [first, second] = [join(dir, "县甲"), join(dir, "县乙")];
    mkdirSync(first);
    mkdirSync(second);
    const [zhang, li] = cleanRows();
    await writeRoster(first, "名单.xlsx", [zhang]);
    await writeRoster(second, "名单.xlsx", [li]);
    const report = JSON.parse(runCli(["check", first, second, "--json"]).stdout);
    expect(report.submissions.map((s: { file: string; dataRows: number }) => `${s.file} ${s.dataRows}`)).toEqual([`${join(first, "名单.xlsx")} 1`, `${join(second, "名单.xlsx")} 1`]);
  });

  it("takes the first sighting from the file named first, however long it takes to read", async () => {
    const folder = join(dir, "六个单位");
    mkdirSync(folder);
    const write = async (name: string, rows: ReturnType<typeof generateRoster>["rows"]) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("名单").addRows(rows);
      await workbook.xlsx.writeFile(join(folder, name));
    };
    const big = generateRoster(5_000, { defectRate: 0, seed: 1 }).rows;
    await write("1.xlsx", big);
    for (let unit = 2; unit <= 6; unit++) await write(`${unit}.xlsx`, generateRoster(3, { defectRate: 0, seed: unit, firstPerson: 10_000 * unit }).rows);
    const last = generateRoster(3, { defectRate: 0, seed: 7, firstPerson: 70_000 }).rows;
    last[4][4] = big[big.length - 2][4]; // the 5,000th household of 1.xlsx, paid again by unit 7
    await write("7.xlsx", last);
    const report = JSON.parse(runCli(["check", folder, "--json"]).stdout);
    expect(report.submissions.map((s: { file: string }) => s.file)).toEqual(["1.xlsx", "2.xlsx", "3.xlsx", "4.xlsx", "5.xlsx", "6.xlsx", "7.xlsx"]);
    const duplicates = report.issues.filter((issue: { code: string }) => issue.code === "duplicate-person");
    expect(duplicates).toEqual([expect.objectContaining({ file: "7.xlsx", cell: "E5", message: expect.stringContaining("1.xlsx › 名单!E5002") })]);
  });

  it("names a file that cannot be used, whichever worker read it, after every other file's verdict, and exits 2", () => {
    const run = runCli(["check", SUBMISSIONS, join(dir, "不存在.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("04-伊吾县.csv");
    expect(run.stderr.split("\n")[0]).toMatch(/^错误：不存在\.xlsx：.+ \/ Error: 不存在\.xlsx: /);
  });

  it("refuses an output that is one of the rosters", () => {
    const run = runCli(["check", SUBMISSIONS, "--out", join(SUBMISSIONS, "01-地直.xlsx")]);
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("01-地直.xlsx") });
    expect(runCli(["check", SUBMISSIONS, "--public", join(SUBMISSIONS, "02-哈密市.xlsx")])).toMatchObject({ code: 2, stderr: expect.stringContaining("02-哈密市.xlsx") });
  });

  it("--public over the sample submissions: one 公示名单 of all 400 households with 来源单位, a merged 地区 read as checked", async () => {
    const out = join(dir, "地区公示.xlsx");
    expect(runCli(["check", SUBMISSIONS, "--public", out]).code).toBe(0);
    const sheet = (await loadedWorkbook(out)).worksheets[0];
    const rows = (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => row.slice(1));
    expect(rows[0]).toEqual(["序号", "来源单位", "地区", "工作单位", "姓名", "慰问金额（元）"]);
    const people = rows.slice(1, -1);
    expect(people).toHaveLength(400);
    expect(people.map((row) => row[0])).toEqual(people.map((_, i) => i + 1));
    const households = new Map<unknown, number>();
    for (const row of people) households.set(row[1], (households.get(row[1]) ?? 0) + 1);
    expect([...households]).toEqual([["地直", 55], ["哈密市", 125], ["巴里坤县", 176], ["伊吾县", 44]]);
    expect(people.filter((row) => row[1] === "哈密市").every((row) => row[2] === "哈密市")).toBe(true);
    expect(people.reduce((sum, row) => sum + (row[5] as number), 0)).toBe(274_000);
    expect([rows.at(-1)![0], rows.at(-1)![5]]).toEqual(["合计", 274_000]);
    expectNoLongDigitRuns(readFileSync(out));
  });

  it("--public over three units' files holds no ID, account or phone digits, even one typed into the 单位 column", async () => {
    const folder = join(dir, "公示三个单位");
    mkdirSync(folder);
    const accounts = ["6222020200112233441", "6222020200112233458", "6222020200112233466"];
    const withAccount = (rows: (string | number | null)[][], i: number) => rows.map((row) => [...row, accounts[i]]);
    const header = (sheet: ExcelJS.Worksheet) => (sheet.getCell("K2").value = "银行账号");
    const [zhang, li, wang] = cleanRows();
    await writeRoster(folder, "1-地直.xlsx", withAccount([zhang], 0), header);
    await writeRoster(folder, "2-哈密市.xlsx", withAccount([li], 1), (sheet) => {
      header(sheet);
      sheet.getCell("K2").value = "银行账号";
      sheet.getCell("L2").value = "工作单位";
      sheet.getCell("L3").value = `哈密市工会 ${IDS[0]}`;
    });
    await writeRoster(folder, "3-伊吾县.xlsx", withAccount([wang], 2), header);
    const out = join(dir, "三个单位公示.xlsx");
    expect(runCli(["check", folder, "--public", out, "--unit", "2-哈密市=哈密市总工会"]).code).toBe(0);
    const rows = ((await loadedWorkbook(out)).worksheets[0].getSheetValues() as unknown[][]).slice(2, -1).map((row) => row.slice(1));
    expect(rows.map((row) => `${row[1]} ${row[4]} ${row[5]}`)).toEqual(["地直 张三 1500", "哈密市总工会 李四 800", "伊吾县 王五 1000"]);
    expect(rows[1][3]).toBe("哈密市工会 110105********002X");
    const bytes = readFileSync(out);
    const text = Object.values(unzipSync(bytes)).map((part) => strFromU8(part)).join("\n");
    for (const value of [...IDS, ...accounts, "13812345678", "13912345678", "13712345678"]) expect(text).not.toContain(value);
    expectNoLongDigitRuns(bytes);
  });

  it("--unit renames a submission's 填报单位 for the summary, the 统计表 and 各单位核对", async () => {
    const out = join(dir, "改名汇总.xlsx");
    const run = runCli(["check", SUBMISSIONS, "--unit", "01-地直.xlsx=地区直属", "--unit", "03-巴里坤县!乡镇=巴里坤县乡镇", "--json", "--out", out]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.submissions.map((s: { sheet: string; unit: string }) => `${s.sheet} ${s.unit}`)).toEqual([
      "送温暖统计表 地区直属",
      "花名册 哈密市",
      "县直单位 巴里坤县",
      "乡镇 巴里坤县乡镇",
      "04-伊吾县 伊吾县",
    ]);
    expect(report.byUnit.map((unit: { unit: string }) => unit.unit)).toEqual(["地区直属", "哈密市", "巴里坤县", "巴里坤县乡镇", "伊吾县"]);
    expect(report.summary).toContain("其中：地区直属55户（劳模2户）、哈密市125户");
    expect(report.crossTab.rows.map((row: { unit: string }) => row.unit)).toEqual(["地区直属", "哈密市", "巴里坤县", "巴里坤县乡镇", "伊吾县"]);
    const workbook = await loadedWorkbook(out);
    expect((workbook.getWorksheet("统计表")!.getSheetValues() as unknown[][])[3][1]).toBe("地区直属");
    expect((workbook.getWorksheet("各单位核对")!.getSheetValues() as unknown[][])[2].slice(1, 4)).toEqual(["01-地直.xlsx", "送温暖统计表", "地区直属"]);
  });

  it("refuses a --unit naming no file or sheet checked, and one without a unit, before writing anything", () => {
    const out = join(dir, "不该写出.xlsx");
    expectUnusable(runCli(["check", SUBMISSIONS, "--unit", "05-不存在.xlsx=某单位", "--out", out]), "05-不存在.xlsx", "01-地直.xlsx!送温暖统计表");
    expect(existsSync(out)).toBe(false);
    expectUnusable(runCli(["check", SUBMISSIONS, "--unit", "01-地直.xlsx="]), "--unit");
  });
});

async function loadedWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Amounts and row numbers stay under seven digits: any longer run would be an ID, account or phone, or part of one. */
function expectNoLongDigitRuns(xlsx: Uint8Array): void {
  const text = Object.values(unzipSync(xlsx)).map((part) => strFromU8(part)).join("\n");
  expect(text).not.toMatch(/\d{7,}/);
}
