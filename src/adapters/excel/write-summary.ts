import { ReportError } from "../../core/errors";
import type { ExcelRun } from "./excel-run";
import { bareAddress } from "./sheet-notes";
import { SUMMARY_NAME } from "../../core/workbook/sheet-names";

/** Excel would read text starting with these as a formula; the leading quote keeps it text. */
const asText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/**
 * Writes the paragraph into the top-left cell of the name 总结 when the workbook defines it as a
 * range, else into A1 of a 总结 sheet (created if needed). Returns where, e.g. `封面!B5`.
 */
export function writeSummary(run: ExcelRun, text: string): Promise<string> {
  return run(async (context) => {
    const named = context.workbook.names.getItemOrNullObject(SUMMARY_NAME).load("type");
    const summarySheet = context.workbook.worksheets.getItemOrNullObject(SUMMARY_NAME);
    await context.sync();
    let cell: Excel.Range;
    if (!named.isNullObject && named.type === "Range") {
      cell = named.getRange().getCell(0, 0);
    } else {
      const sheet = summarySheet.isNullObject ? context.workbook.worksheets.add(SUMMARY_NAME) : summarySheet;
      cell = sheet.getRange("A1");
    }
    cell.values = [[asText(text)]];
    cell.load("address");
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code !== "AccessDenied") throw error;
      throw new ReportError(
        "sheet-protected",
        "写入总结的单元格在受保护的工作表上，无法写入；请撤销保护，或用“复制”后手动粘贴。",
        "The summary cell is on a protected sheet; unprotect it, or use Copy and paste by hand.",
      );
    }
    return cell.address.includes("!") ? cell.address.replace(/\$/g, "") : bareAddress(cell.address);
  });
}
