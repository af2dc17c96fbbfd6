import { existsSync, linkSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbookReader } from "../../src/adapters/xlsx/workbook-reader";
import { buildCli, expectUnusable, runCli } from "../apps/cli/run-cli";
import { HEADER, LI, ZHANG, handMadeXlsx, inlineCell, numberCell, rosterFile, tempFolder } from "./writer-files";
import { loadXlsx } from "../adapters/xlsx/workbook-files";

jest.setTimeout(120_000);

beforeAll(() => buildCli());

async function rosterIn(folder: string): Promise<string> {
  return rosterFile(folder, "名单.xlsx", { 名单: [HEADER, ZHANG, [...LI.slice(0, 3), null, ...LI.slice(4)]] });
}

describe.each(["--out", "--public"])("%s never replaces the roster", (option) => {
  it("refuses a symbolic link to the roster, leaving it byte for byte", async () => {
    const folder = tempFolder();
    const roster = await rosterIn(folder);
    const before = readFileSync(roster);
    const link = join(folder, "链接.xlsx");
    symlinkSync(roster, link);
    expectUnusable(runCli(["check", roster, option, link]), "链接.xlsx", "原名单");
    expect(readFileSync(roster).equals(before)).toBe(true);
  });

  it("refuses a hard link to the roster, leaving it byte for byte", async () => {
    const folder = tempFolder();
    const roster = await rosterIn(folder);
    const before = readFileSync(roster);
    const link = join(folder, "硬链接.xlsx");
    linkSync(roster, link);
    expectUnusable(runCli(["check", roster, option, link]), "硬链接.xlsx");
    expect(readFileSync(roster).equals(before)).toBe(true);
  });

  it("refuses the roster's own path spelled another way", async () => {
    const folder = tempFolder();
    const roster = await rosterIn(folder);
    const before = readFileSync(roster);
    expectUnusable(runCli(["check", roster, option, `${folder}/./sub/../名单.xlsx`]));
    expect(readFileSync(roster).equals(before)).toBe(true);
  });

  it("creates the file readable by its owner only, with no temporary file left beside it", async () => {
    const folder = tempFolder();
    const roster = await rosterIn(folder);
    const output = join(folder, "输出.xlsx");
    // The roster's generic columns name no form (issue 16): it is named, as a clerk would.
    expect(runCli(["check", roster, "--form", "送温暖", option, output]).code).toBe(1);
    expect(statSync(output).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder).sort()).toEqual(["名单.xlsx", "输出.xlsx"]);
  });
});

describe("--out and --public together", () => {
  it("refuses one file for both, and a link from one to the other", async () => {
    const folder = tempFolder();
    const roster = await rosterIn(folder);
    const same = join(folder, "副本.xlsx");
    expectUnusable(runCli(["check", roster, "--out", same, "--public", same]), "--out", "--public");
    expect(existsSync(same)).toBe(false);
    writeFileSync(same, "previous");
    symlinkSync(same, join(folder, "另一个.xlsx"));
    expectUnusable(runCli(["check", roster, "--out", same, "--public", join(folder, "另一个.xlsx")]), "--out", "--public");
    expect(readFileSync(same, "utf8")).toBe("previous");
  });
});

describe("--out keeps what exceljs used to lose", () => {
  it.each([
    ["keeps every row of a roster whose inline strings carry phonetic runs (<rPh>)", true],
    ["writes a copy of a workbook without a styles part (Excel opens one)", false],
  ])("%s", async (_, withStyles) => {
    const folder = tempFolder();
    const rows = [
      `<row r="1">${HEADER.map((text, i) => inlineCell(`${"ABCDEF"[i]}1`, text)).join("")}</row>`,
      ...[2, 3, 4, 5, 6].map(
        (r) =>
          `<row r="${r}">${numberCell(`A${r}`, r - 1)}${inlineCell(`B${r}`, "哈密市")}${inlineCell(`C${r}`, "县医院")}${inlineCell(`D${r}`, `张${r}`, "ちょう")}${inlineCell(`E${r}`, "11010519491231002X")}${numberCell(`F${r}`, 1500)}</row>`,
      ),
    ];
    const roster = handMadeXlsx(join(folder, "rph.xlsx"), rows.join(""), { withStyles });
    const output = join(folder, "rph-out.xlsx");
    const run = runCli(["check", roster, "--form", "送温暖", "--out", output, "--json"]);
    expect(run.stderr).toBe("");
    const copy = new Uint8Array(readFileSync(output));
    const names: unknown[] = [];
    await (await openWorkbookReader(copy, "rph-out.xlsx"))[0].readRows((_row, cells) => names.push(cells[3]));
    expect(names).toEqual(["姓名", "张2", "张3", "张4", "张5", "张6"]);
    expect((await loadXlsx(copy)).worksheets.map((sheet) => sheet.name)).toEqual(["名单", "校验结果", "分地区汇总"]);
  });

  it("keeps a clerk's own 分地区汇总 and a roster sheet named 校验结果; ours get free names", async () => {
    const folder = tempFolder();
    const roster = await rosterFile(folder, "两表.xlsx", {
      校验结果: [HEADER, ZHANG, [...LI.slice(0, 3), null, ...LI.slice(4)]],
      分地区汇总: [["地区", "户数"], ["哈密市", 1]],
    });
    const output = join(folder, "两表-out.xlsx");
    expect(runCli(["check", roster, "--form", "送温暖", "--sheet", "校验结果", "--out", output]).code).toBe(1);
    const workbook = await loadXlsx(new Uint8Array(readFileSync(output)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["校验结果", "分地区汇总", "校验结果(2)", "分地区汇总(2)"]);
    expect(workbook.getWorksheet("校验结果")!.getCell("D2").value).toBe("张三");
    expect(workbook.getWorksheet("分地区汇总")!.getCell("B2").value).toBe(1);
    expect(workbook.getWorksheet("校验结果(2)")!.getCell("B2").value).toBe("D3");
  });
});
