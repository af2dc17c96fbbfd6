import { ReportError } from "../../../src/core/errors";
import { sniffFile } from "../../../src/adapters/xlsx/sniff-file";
import { compoundFileBytes, xlsxBytes, zipBytes } from "./workbook-files";

function failure(bytes: Uint8Array, fileName: string): ReportError {
  try {
    sniffFile(bytes, fileName);
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("expected a ReportError");
}

describe("sniffFile", () => {
  it("accepts a workbook written by exceljs", async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet("名单").addRow(["地区"]));
    expect(sniffFile(bytes, "名单.xlsx").kind).toBe("xlsx");
  });

  it("tells an encrypted workbook to have its password removed", () => {
    const error = failure(compoundFileBytes(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "慰问名单.xlsx");
    expect(error.code).toBe("file-encrypted");
    expect(error.messageZh).toContain("慰问名单.xlsx");
    expect(error.messageZh).toContain("密码");
    expect(error.messageEn).toContain("password");
  });

  it("tells an old .xls to be saved as .xlsx", () => {
    const error = failure(compoundFileBytes(["Root Entry", "Workbook", "SummaryInformation"]), "旧表.xls");
    expect(error.code).toBe("file-xls");
    expect(error.messageZh).toContain("另存为");
    expect(error.messageZh).toContain("旧表.xls");
    expect(error.messageEn).toContain(".xlsx");
  });

  it("recognises a Word document renamed to .xlsx", () => {
    const docx = zipBytes({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    const error = failure(docx, "名单.xlsx");
    expect(error.code).toBe("file-not-xlsx");
    expect(error.messageZh).toContain("Word");
    expect(error.messageEn).toContain("Word");
  });

  it("rejects a zip that is no workbook, an empty file, a truncated one and plain text", () => {
    expect(failure(zipBytes({ "readme.txt": "hi" }), "a.xlsx").code).toBe("file-not-xlsx");
    expect(failure(new Uint8Array(0), "a.xlsx").code).toBe("file-empty");
    expect(failure(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "a.xlsx").code).toBe("file-unreadable");
    expect(failure(new TextEncoder().encode("地区,姓名"), "a.xlsx").code).toBe("file-not-xlsx");
  });

  it("reads text named .csv as CSV", () => {
    expect(sniffFile(new TextEncoder().encode("地区,姓名\n"), "名单.CSV").kind).toBe("csv");
  });
});
