import { ReportError } from "../../core/errors";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/** What a file turned out to be, when it is something the adapter can read. */
export type SniffedFile =
  | { readonly kind: "xlsx"; readonly entries: Map<string, ZipEntry> }
  | { readonly kind: "csv" };

const ZIP_MAGIC = [0x50, 0x4b];
/** OLE compound file: old .xls, and also what Excel wraps a password-protected .xlsx in. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted .xlsx is a compound file holding an "EncryptionInfo" stream; directory names are UTF-16LE. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

/**
 * Decides from the bytes (not the extension, which clerks change freely) whether a file can be
 * read, and otherwise says in Chinese and English what the clerk should do with it.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): SniffedFile {
  if (bytes.length === 0) {
    throw new ReportError("file-empty", `文件“${fileName}”是空的（0 字节）。`, `The file "${fileName}" is empty (0 bytes).`);
  }
  if (startsWith(bytes, ZIP_MAGIC)) return { kind: "xlsx", entries: workbookEntries(bytes, fileName) };
  if (startsWith(bytes, CFB_MAGIC)) {
    if (indexOf(bytes, ENCRYPTION_INFO) >= 0) {
      throw new ReportError(
        "file-encrypted",
        `“${fileName}”设置了打开密码，无法读取：请在 Excel 中打开，文件→信息→保护工作簿→用密码进行加密，清空密码后保存，再重新校验。`,
        `"${fileName}" is password-protected: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it, then check again.`,
      );
    }
    throw new ReportError(
      "file-xls",
      `“${fileName}”是旧版 Excel 97-2003 格式（.xls）：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再校验。`,
      `"${fileName}" is an old Excel 97-2003 workbook (.xls): open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and check that file.`,
    );
  }
  if (/\.csv$/i.test(fileName)) return { kind: "csv" };
  throw notAWorkbook(fileName);
}

function workbookEntries(bytes: Uint8Array, fileName: string): Map<string, ZipEntry> {
  const entries = readZipDirectory(bytes);
  if (!entries) {
    throw new ReportError(
      "file-unreadable",
      `“${fileName}”已损坏或不完整（可能没有下载或复制完）：请重新获取文件，或在 Excel 中打开后另存为 .xlsx。`,
      `"${fileName}" is damaged or incomplete (perhaps a download or copy did not finish): get the file again, or open it in Excel and save it as .xlsx.`,
    );
  }
  if (entries.has("xl/workbook.xml")) return entries;
  if (entries.has("xl/workbook.bin")) {
    throw new ReportError(
      "file-not-xlsx",
      `“${fileName}”是 Excel 二进制工作簿（.xlsb）：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”后再校验。`,
      `"${fileName}" is an Excel binary workbook (.xlsb): save it as "Excel Workbook (*.xlsx)" in Excel and check that file.`,
    );
  }
  throw notAWorkbook(fileName, entries.has("word/document.xml") ? "Word" : null);
}

function notAWorkbook(fileName: string, actually: "Word" | null = null): ReportError {
  const zh = actually ? `“${fileName}”其实是 Word 文档，不是 Excel 工作簿` : `“${fileName}”不是 Excel 工作簿`;
  const en = actually ? `"${fileName}" is really a Word document, not an Excel workbook` : `"${fileName}" is not an Excel workbook`;
  return new ReportError(
    "file-not-xlsx",
    `${zh}（改扩展名不会改变文件格式）：请打开原始名单，另存为“Excel 工作簿（*.xlsx）”或 CSV 后再校验。`,
    `${en} (renaming a file does not convert it): open the original roster and save it as "Excel Workbook (*.xlsx)" or CSV, then check that file.`,
  );
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let at = haystack.indexOf(first); at >= 0 && at <= last; at = haystack.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && haystack[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}
