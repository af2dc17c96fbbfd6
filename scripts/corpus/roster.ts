import type ExcelJS from "exceljs";
import { luhnDigit } from "../samples/check-digits";

/** A small 送温暖 roster every corpus workbook starts from: valid IDs, cards and phones. */
export const HEADER = ["序号", "地区", "姓名", "身份证号码", "人员类别", "建档级别", "档案编号", "慰问金额（元）", "发放方式", "银行卡号", "户名", "联系电话"];

/** Column numbers of the fields the corpus plays with. */
export const COLUMN = { seq: 1, region: 2, name: 3, id: 4, group: 5, amount: 8, payMethod: 9, account: 10, holder: 11 } as const;

const PEOPLE: [string, string, string, string, number][] = [
  ["地直", "张三", "652201198001011235", "困难职工", 1000],
  ["地直", "李四", "652201197506120045", "困难劳模", 1500],
  ["伊吾县", "赵六", "652202196811302218", "困难职工", 1200],
  ["伊吾县", "钱七", "652222199002283159", "困难农民工", 1000],
  ["巴里坤县", "孙八", "652223198507150062", "困难职工", 2000],
  ["巴里坤县", "周九", "652201197001010019", "困难职工", 1000],
];

export const PHONE = "13812345678";

/** Row i of the roster (0-based), values as a clerk types them. */
export function personRow(i: number): ExcelJS.CellValue[] {
  const [region, name, id, group, amount] = PEOPLE[i % PEOPLE.length];
  return [i + 1, region, name, id, group, "全总", `QZ${1001 + i}`, amount, "银行卡", cardOf(i), name, PHONE];
}

/** One valid card per person: a card shared by two people is itself a finding. */
export function cardOf(i: number): string {
  const body = `62220212345678${String(i).padStart(2, "0")}`;
  return body + luhnDigit(body);
}

export const PEOPLE_COUNT = PEOPLE.length;

/** Header on row 1 (bold, ID and account columns as text), then the given rows; returns the sheet. */
export function rosterSheet(workbook: ExcelJS.Workbook, name: string, rows: ExcelJS.CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  for (const column of [COLUMN.id, COLUMN.account]) sheet.getColumn(column).numFmt = "@";
  sheet.getColumn(COLUMN.amount).numFmt = "#,##0.00";
  return sheet;
}

export function people(count = PEOPLE_COUNT): ExcelJS.CellValue[][] {
  return Array.from({ length: count }, (_, i) => personRow(i));
}
