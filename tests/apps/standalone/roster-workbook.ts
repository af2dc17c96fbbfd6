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
