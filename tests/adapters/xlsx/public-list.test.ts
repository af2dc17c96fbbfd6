import { PublicList } from "../../../src/adapters/xlsx/public-list";
import { checkWorkbookStream } from "../../../src/adapters/xlsx/check-workbook";
import { collectBytes } from "../../../src/adapters/xlsx/package/new-workbook";
import { writePublicWorkbook } from "../../../src/adapters/xlsx/public-workbook";
import { openWorkbookReader } from "../../../src/adapters/xlsx/workbook-reader";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { loadXlsx, xlsxBytes } from "./workbook-files";

/** A unit's roster under its own header, checked, then added to the list as the CLI does. */
async function addRoster(list: PublicList, unit: string, header: string[], rows: unknown[][]): Promise<void> {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
  });
  const result = await checkWorkbookStream(bytes, `${unit}.xlsx`, SONGWENNUAN_TEMPLATE);
  const [reader] = await openWorkbookReader(bytes, `${unit}.xlsx`);
  await list.add(unit, `${unit}.xlsx › 名单`, result, reader);
}

describe("PublicList (the 公示名单 over several submissions)", () => {
  it("lists every unit's people in 元 under one header, a 万元 column converted, with one 合计", async () => {
    const list = new PublicList(SONGWENNUAN_TEMPLATE);
    await addRoster(list, "地直", ["姓名", "身份证号", "地区", "慰问金额（元）"], [["张三", "11010519491231002X", "地直", 1500]]);
    await addRoster(list, "伊吾县", ["地区", "姓名", "身份证号", "联系电话", "慰问金额（万元）"], [["伊吾县", "王五", "34052419800101001X", "13712345678", 0.08]]);
    const sheet = await loadXlsx(collectBytes((sink) => writePublicWorkbook(list.sheet(), sink, "测试.xlsx")));
    const rows: unknown[][] = [];
    sheet.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ["序号", "来源单位", "地区", "工作单位", "姓名", "慰问金额（元）"],
      [1, "地直", "地直", undefined, "张三", 1500],
      [2, "伊吾县", "伊吾县", undefined, "王五", 800],
      ["合计", undefined, undefined, undefined, undefined, 2300],
    ]);
  });

  it("says on its 合计 line how many amounts it could not read", async () => {
    const list = new PublicList(SONGWENNUAN_TEMPLATE);
    await addRoster(list, "地直", ["地区", "姓名", "慰问金额"], [["地直", "张三", 1500], ["地直", "李四", "壹仟"]]);
    await addRoster(list, "哈密市", ["地区", "姓名", "慰问金额"], [["哈密市", "王五", { formula: "B9*2" }]]);
    const sheet = await loadXlsx(collectBytes((sink) => writePublicWorkbook(list.sheet(), sink, "测试.xlsx")));
    const rows: unknown[][] = [];
    sheet.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Before: 王五's amount was blank and the 合计 1500 said nothing of the two amounts it left out.
    expect(rows.slice(2)).toEqual([
      [2, "地直", "地直", undefined, "李四", "壹仟"],
      [3, "哈密市", "哈密市", undefined, "王五", "#公式未计算"],
      ["合计（不含 2 个无法识别的金额）", undefined, undefined, undefined, undefined, 1500],
    ]);
  });

  it("refuses the list while a 姓名 cell of any submission holds ID-like digits, naming the file, sheet and cell", async () => {
    const list = new PublicList(SONGWENNUAN_TEMPLATE);
    await addRoster(list, "地直", ["地区", "姓名", "慰问金额"], [["地直", "张三", 1500]]);
    await addRoster(list, "哈密市", ["地区", "姓名", "慰问金额"], [["哈密市", "李四", 800], ["哈密市", "440524188001010014", 800]]);
    expect(() => list.sheet()).toThrow(expect.objectContaining({ code: "public-unsafe", messageZh: expect.stringContaining("哈密市.xlsx › 名单!B3") }));
  });
});
