import ExcelJS from "exceljs";
import { generateRoster } from "../tests/fakes/generate-roster";

/**
 * Writes a generated roster as a unit would send it: shared strings (as Excel writes them),
 * title row, header, data rows, 合计. Streams, so the bench never holds the workbook.
 */
export async function writeRosterXlsx(path: string, households: number, options?: Parameters<typeof generateRoster>[1]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet("名单");
  for (const row of generateRoster(households, options).rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
