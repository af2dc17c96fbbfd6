import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { writePublicWorkbook } from "../../../src/adapters/xlsx/public-workbook";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkResult } from "./check-results";
import { loadXlsx, xlsxBytes } from "./workbook-files";

const HEADER = ["序号", "地区", "单位", "姓名", "身份证号", "人员类别", "困难类别", "银行卡号", "联系电话", "慰问金额（元）"];

async function publicRows(): Promise<unknown[][]> {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(["2024年送温暖慰问名单"]);
    sheet.addRow(HEADER);
    sheet.addRow([1, "哈密市", "市供电公司", "张三", "11010519491231002X", "困难职工", "深度困难", "6222021234567890123", "13812345678", 1500]);
    sheet.addRow([2, "伊吾县", "县医院", "李四", "440524188001010014", "劳模", null, "6222029876543210", "13987654321", 1000]);
    sheet.addRow(["合计", null, null, null, null, null, null, null, null, 2500]);
  });
  const result = checkResult({
    headerRow: 2,
    columns: { seq: 1, region: 2, unit: 3, name: 4, idNumber: 5, group: 6, hardshipType: 7, account: 8, phone: 9, amount: 10 },
    dataRowNumbers: [3, 4],
    dataRows: 2,
    totalRowNumbers: [5],
    total: { households: 2, modelWorkers: 1, amountFen: 250_000 },
  });
  const written = await loadXlsx(await writePublicWorkbook(await openWorkbook(bytes, "名单.xlsx"), result, SONGWENNUAN_TEMPLATE));
  expect(written.worksheets.map((sheet) => sheet.name)).toEqual(["公示名单"]);
  const rows: unknown[][] = [];
  written.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("writePublicWorkbook (公示版)", () => {
  it("lists 序号, region, unit, name, masked ID and amount, with a 合计 line", async () => {
    expect(await publicRows()).toEqual([
      ["序号", "地区", "单位", "姓名", "身份证号", "慰问金额（元）"],
      [1, "哈密市", "市供电公司", "张三", "110105********002X", 1500],
      [2, "伊吾县", "县医院", "李四", "440524********0014", 1000],
      ["合计", undefined, undefined, undefined, undefined, 2500],
    ]);
  });

  it("publishes no full ID, account, phone, group or hardship data", async () => {
    const text = JSON.stringify(await publicRows());
    for (const secret of ["11010519491231002X", "6222021234567890123", "13812345678", "困难职工", "深度困难", "劳模"]) {
      expect(text).not.toContain(secret);
    }
  });
});
