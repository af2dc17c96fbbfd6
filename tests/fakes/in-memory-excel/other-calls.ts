import ExcelJS from "exceljs";
import { MAX_PAYLOAD_BYTES } from "./request-context";
import { OfficeError } from "./office-error";
import type { WorkbookModel } from "./workbook-model";

/**
 * Excel.createWorkbook: the base64 file travels in one request, so Excel on the web's 5 MB limit
 * applies; what arrives must be a valid base64 .xlsx (a zip), as Excel refuses anything else.
 */
export function fakeCreateWorkbook(model: WorkbookModel): (base64: string) => Promise<void> {
  return async (base64) => {
    model.stats.otherCalls.push("createWorkbook");
    const requestBytes = Buffer.byteLength(JSON.stringify(base64), "utf8");
    if (requestBytes > MAX_PAYLOAD_BYTES) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const bytes = Buffer.from(base64, "base64");
    if (bytes.toString("base64") !== base64 || bytes.readUInt32LE(0) !== 0x04034b50) {
      throw new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    model.createdWorkbooks.push(new Uint8Array(bytes));
  };
}

/** Office.context.document.getFileAsync(Compressed): the workbook as Excel would save it (values, visibility). */
export function fakeDocumentBytes(model: WorkbookModel): () => Promise<Uint8Array> {
  return async () => {
    model.stats.otherCalls.push("getFileAsync");
    const workbook = new ExcelJS.Workbook();
    for (const sheet of model.sheets) {
      const state = sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
      const written = workbook.addWorksheet(sheet.name, { state });
      const rect = sheet.usedRect(true);
      if (rect === null) continue;
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let column = rect.left; column <= rect.right; column++) {
          const value = sheet.value(row, column);
          if (value !== undefined) written.getCell(row, column).value = typeof value === "object" ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
        }
      }
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };
}
