import { collectBytes } from "../../../src/adapters/xlsx/package/new-workbook";
import { publicSheet, writePublicWorkbook } from "../../../src/adapters/xlsx/public-workbook";
import { checkWorkbookStream } from "../../../src/adapters/xlsx/check-workbook";
import { openWorkbookReader } from "../../../src/adapters/xlsx/workbook-reader";
import { ReportError } from "../../../src/core/errors";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { loadXlsx, xlsxBytes } from "./workbook-files";

const HEADER = ["序号", "地区", "单位", "姓名", "身份证号", "人员类别", "困难类别", "银行卡号", "联系电话", "慰问金额（元）"];

/** The 公示版 of a roster with these data rows, as the CLI and the page make it: checked, then read again row by row. */
async function publicRows(rows: unknown[][], title = "2024年送温暖慰问名单", header = HEADER): Promise<unknown[][]> {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow([title]);
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
  });
  const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
  const [reader] = await openWorkbookReader(bytes, "名单.xlsx");
  const sheet = await publicSheet((sink) => reader.readRows(sink), result, SONGWENNUAN_TEMPLATE);
  const written = await loadXlsx(collectBytes((sink) => writePublicWorkbook(sheet, sink, "测试.xlsx")));
  expect(written.worksheets.map((ws) => ws.name)).toEqual(["公示名单"]);
  const out: unknown[][] = [];
  written.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const ZHANG = [1, "哈密市", "市供电公司", "张三", "11010519491231002X", "困难职工", "深度困难", "6222021234567890123", "13812345678", 1500];
const LI = [2, "伊吾县", "县医院", "李四", "440524188001010014", "劳模", null, "6222029876543210", "13987654321", 1000];

describe("publicSheet + writePublicWorkbook (公示版)", () => {
  it("lists 序号, region, unit, name, masked ID and amount, with a 合计 line", async () => {
    expect(await publicRows([ZHANG, LI])).toEqual([
      ["序号", "地区", "单位", "姓名", "身份证号", "慰问金额（元）"],
      [1, "哈密市", "市供电公司", "张三", "110105********002X", 1500],
      [2, "伊吾县", "县医院", "李四", "440524********0014", 1000],
      ["合计", undefined, undefined, undefined, undefined, 2500],
    ]);
  });

  it("says on its 合计 line how many amounts it could not read, and shows what stands in their cells", async () => {
    const words = [3, "伊吾县", "县医院", "王五", "34052419800101001X", "一线职工", null, null, null, "壹仟"];
    const formula = [4, "伊吾县", "县医院", "赵六", "652201199001011238", "一线职工", null, null, null, { formula: "F5*2" }];
    // Before: the 合计 read 2500 under rows showing 壹仟 and an empty amount, as if it were the whole list.
    expect((await publicRows([ZHANG, LI, words, formula])).slice(3)).toEqual([
      [3, "伊吾县", "县医院", "王五", "340524********001X", "壹仟"],
      [4, "伊吾县", "县医院", "赵六", "652201********1238", "#公式未计算"],
      ["合计（不含 2 个无法识别的金额）", undefined, undefined, undefined, undefined, 2500],
    ]);
  });

  it("keeps the 万元 a 单位：万元 title gave the amounts: the heading says it and the 合计 is in the same unit", async () => {
    const header = HEADER.map((heading) => (heading === "慰问金额（元）" ? "慰问金额" : heading));
    const rows = [ZHANG, LI].map((row) => [...row.slice(0, 9), row[9] === 1500 ? 0.15 : 0.1]);
    // Before: rows 0.15 and 0.1 under “慰问金额” (the title with its unit is not published) over a 合计 of 2500.
    expect(await publicRows(rows, "2024年送温暖慰问名单（单位：万元）", header)).toEqual([
      ["序号", "地区", "单位", "姓名", "身份证号", "慰问金额（万元）"],
      [1, "哈密市", "市供电公司", "张三", "110105********002X", 0.15],
      [2, "伊吾县", "县医院", "李四", "440524********0014", 0.1],
      ["合计", undefined, undefined, undefined, undefined, 0.25],
    ]);
  });

  it("publishes no full ID, account, phone, group or hardship data", async () => {
    const text = JSON.stringify(await publicRows([ZHANG, LI]));
    for (const secret of ["11010519491231002X", "6222021234567890123", "13812345678", "困难职工", "深度困难", "劳模"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("masks an ID typed after the unit's name", async () => {
    const row = [...ZHANG];
    row[2] = "市供电公司 110105194912310021";
    const text = JSON.stringify(await publicRows([row, LI]));
    expect(text).not.toContain("110105194912310021");
    expect(text).toContain("市供电公司 110105********0021");
  });

  it("refuses, naming the cells, when the 姓名 column holds IDs (names and IDs swapped)", async () => {
    const swapped = [ZHANG, LI].map((row) => {
      const copy = [...row];
      [copy[3], copy[4]] = [row[4], row[3]];
      return copy;
    });
    const refusal = publicRows(swapped);
    await expect(refusal).rejects.toBeInstanceOf(ReportError);
    await expect(refusal).rejects.toMatchObject({ code: "public-unsafe", messageZh: expect.stringContaining("D3、D4") });
  });

  it("refuses a card number typed in groups under 姓名", async () => {
    const row = [...ZHANG];
    row[3] = "6222 0212 3456 7801 234";
    await expect(publicRows([row, LI])).rejects.toMatchObject({ code: "public-unsafe", messageZh: expect.stringContaining("D3") });
  });
});
