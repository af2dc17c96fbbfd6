import ExcelJS from "exceljs";
import { ROSTER } from "../taskpane/roster";

/** The task pane tests' roster as a real .xlsx, with a second sheet that is not a roster. */
export async function rosterWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("说明").addRow(["本表用于送温暖慰问"]);
  const sheet = workbook.addWorksheet("花名册");
  for (const row of ROSTER) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The roster beside sheets a check passes over: a notes sheet, the same roster on a hidden sheet,
 * and an earlier run's results under the name Excel gives a copy (校验结果 (2)).
 */
export async function rosterWithPassedOverSheets(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("填表说明").addRow(["请按身份证号填写，金额以元为单位"]);
  const sheet = workbook.addWorksheet("花名册");
  for (const row of ROSTER) sheet.addRow(row);
  const hidden = workbook.addWorksheet("上月名单", { state: "hidden" });
  for (const row of ROSTER) hidden.addRow(row);
  const results = workbook.addWorksheet("校验结果 (2)");
  results.addRow(["序号", "单元格", "行", "字段", "问题", "代码", "级别", "说明", "内容"]);
  results.addRow([1, "D5", 5, "身份证号", "身份证号校验位不对", "id-checksum", "错误", "校验位不对", "6501**********1234"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
