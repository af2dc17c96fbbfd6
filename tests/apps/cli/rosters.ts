import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const HEADER = ["序号", "地区", "姓名", "身份证号", "人员类别", "建档级别", "档案编号", "慰问金额", "发放方式", "联系电话"];

/** Valid GB 11643 IDs from the domain notes. */
export const IDS = ["11010519491231002X", "440524188001010014", "34052419800101001X"];

/** Rows of a roster every rule accepts (cash payment is only a warning). */
export function cleanRows(): (string | number | null)[][] {
  return [
    [1, "哈密市", "张三", IDS[0], "困难职工", "省总", "HM-001", 1500, "现金", "13812345678"],
    [2, "哈密市", "李四", IDS[1], "一线职工", null, null, 800, "现金", "13912345678"],
    [3, "伊吾县", "王五", IDS[2], "困难职工", "全总", "YW-007", 1000, "现金", "13712345678"],
  ];
}

/** A roster .xlsx in `dir` as a unit would send it: a title row, then the header, then the rows. */
export async function writeRoster(
  dir: string,
  fileName: string,
  rows = cleanRows(),
  build?: (sheet: ExcelJS.Worksheet) => void,
  workbook = new ExcelJS.Workbook(),
): Promise<string> {
  const sheet = workbook.addWorksheet("名单");
  sheet.addRow(["2024年送温暖慰问名单"]);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  const path = join(dir, fileName);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

/** A 车票补贴 roster, a form the product does not ship: its header names only columns every roster has. */
export async function writeTicketRoster(dir: string, fileName: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("车票补贴");
  sheet.addRow(["2024年春节返乡车票补贴发放表"]);
  sheet.addRow(["序号", "地区", "姓名", "身份证号", "乘车区间", "车次", "票价", "补贴金额", "联系电话"]);
  sheet.addRow([1, "哈密市", "赵六", IDS[0], "哈密—乌鲁木齐", "D2701", 180, 150, "13812345678"]);
  sheet.addRow([2, "伊吾县", "钱七", IDS[1], "伊吾—哈密", "K9581", 60, 50, "13912345678"]);
  const path = join(dir, fileName);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}
