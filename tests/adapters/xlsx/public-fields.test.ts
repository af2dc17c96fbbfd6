import { checkWorkbookStream } from "../../../src/adapters/xlsx/check-workbook";
import { collectBytes } from "../../../src/adapters/xlsx/package/new-workbook";
import { PublicList } from "../../../src/adapters/xlsx/public-list";
import { publicSheet, writePublicWorkbook } from "../../../src/adapters/xlsx/public-workbook";
import { openWorkbookReader } from "../../../src/adapters/xlsx/workbook-reader";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { loadXlsx, xlsxBytes } from "./workbook-files";

const form = (id: string) => BUNDLED_TEMPLATES.find((template) => template.id === id)!;

async function roster(header: string[], rows: unknown[][]): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
  });
}

async function rowsOf(sheet: Parameters<typeof writePublicWorkbook>[0]): Promise<unknown[][]> {
  const written = await loadXlsx(collectBytes((sink) => writePublicWorkbook(sheet, sink, "测试.xlsx")));
  const out: unknown[][] = [];
  written.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const JINQIU_HEADER = ["序号", "地区", "学生姓名", "学生身份证号", "录取学校", "入学层次", "家长姓名", "家长身份证号", "资助金额（元）", "银行卡号", "户名"];
const JINQIU_ROW = [1, "市直", "李明", "429006200601011232", "武汉大学", "本科", "李强", "11010519491231002X", 5000, "6222021234567894", "李强"];

describe("公示 lists of every form publish by role, not by 送温暖's column names", () => {
  it("金秋助学's 公示版: the student's name and masked ID and the aid; no parent ID, school level, account", async () => {
    const template = form("jinqiu-zhuxue");
    const bytes = await roster(JINQIU_HEADER, [JINQIU_ROW]);
    const result = await checkWorkbookStream(bytes, "金秋.xlsx", template);
    const [reader] = await openWorkbookReader(bytes, "金秋.xlsx");
    expect(await rowsOf(await publicSheet((sink) => reader.readRows(sink), result, template))).toEqual([
      ["序号", "地区", "学生姓名", "学生身份证号", "资助金额（元）"],
      [1, "市直", "李明", "429006********1232", 5000],
      ["合计", undefined, undefined, undefined, 5000],
    ]);
  });

  it("劳模慰问's 公示版 shows both money columns it sums, each with its own 合计", async () => {
    const template = form("laomo-weiwen");
    const header = ["序号", "地区", "姓名", "身份证号码", "劳模级别", "慰问金", "特殊困难帮扶金", "银行卡号", "户名"];
    const bytes = await roster(header, [
      [1, "哈密市", "张三", "11010519491231002X", "全国", 2000, 1000, "6222021234567894", "张三"],
      [2, "伊吾县", "王五", "34052419800101001X", "地市级", 500, null, "6217001234567893", "王五"],
    ]);
    const result = await checkWorkbookStream(bytes, "劳模.xlsx", template);
    const [reader] = await openWorkbookReader(bytes, "劳模.xlsx");
    expect(await rowsOf(await publicSheet((sink) => reader.readRows(sink), result, template))).toEqual([
      ["序号", "地区", "姓名", "身份证号码", "慰问金", "特殊困难帮扶金"],
      [1, "哈密市", "张三", "110105********002X", 2000, 1000],
      [2, "伊吾县", "王五", "340524********001X", 500, undefined],
      ["合计", undefined, undefined, undefined, 2500, 1000],
    ]);
  });

  it("the 公示名单 over 劳模 submissions lists each person's whole amount (慰问金 + 帮扶金) in 元", async () => {
    const template = form("laomo-weiwen");
    const bytes = await roster(["地区", "姓名", "身份证号码", "劳模级别", "慰问金", "特殊困难帮扶金", "银行卡号", "户名"], [
      ["哈密市", "张三", "11010519491231002X", "全国", 2000, 1000, "6222021234567894", "张三"],
    ]);
    const result = await checkWorkbookStream(bytes, "哈密市.xlsx", template);
    const [reader] = await openWorkbookReader(bytes, "哈密市.xlsx");
    const list = new PublicList(template);
    await list.add("哈密市", "哈密市.xlsx › 名单", result, reader);
    expect(await rowsOf(list.sheet())).toEqual([
      ["序号", "来源单位", "地区", "单位", "姓名", "金额（元）"],
      [1, "哈密市", "哈密市", undefined, "张三", 3000],
      ["合计", undefined, undefined, undefined, undefined, 3000],
    ]);
  });
});
