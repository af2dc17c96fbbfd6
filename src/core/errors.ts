/**
 * An input the product cannot use at all (no header, unknown sheet, bad rules file, encrypted
 * workbook…). Apps show `messageZh` and `messageEn` as one line each and never a stack trace.
 */
export type ReportErrorCode =
  | "file-not-found"
  | "file-unreadable"
  | "file-not-xlsx"
  | "file-xls"
  | "file-encrypted"
  | "file-empty"
  | "file-changed"
  | "output-unwritable"
  | "output-unverified"
  | "public-unsafe"
  | "sheet-not-found"
  | "header-not-found"
  | "form-not-identified"
  | "rules-invalid"
  | "template-invalid"
  | "summary-placeholder-unknown"
  | "summary-template-invalid"
  | "report-template-invalid"
  | "sheet-protected"
  | "usage";

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = "ReportError";
  }
}
