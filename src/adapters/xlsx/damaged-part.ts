import { ReportError } from "../../core/errors";

/**
 * Raised deep in the reader (zip, inflate, XML) where the file's name is not known; the reader
 * turns it into the clerk's ReportError naming the file and the sheet or part (see `damagedFile`).
 */
export class DamagedPart extends Error {
  constructor(
    readonly detailZh: string,
    readonly detailEn: string,
    /** Inflates beyond every cap: a zip bomb, or a damaged size field. */
    readonly oversized = false,
  ) {
    super(detailEn);
    this.name = "DamagedPart";
  }
}

/** `where` says which part in the clerk's words: 工作表“名单” / sheet "名单", or the part's path. */
export function damagedFile(fileName: string, whereZh: string, whereEn: string, cause: DamagedPart): ReportError {
  if (cause.oversized) {
    return new ReportError(
      "file-unreadable",
      `“${fileName}”的${whereZh}解压后过大，可能是压缩炸弹/文件已损坏（${cause.detailZh}），未校验：请向发件人要原始文件，或在 Excel 中打开并另存为 .xlsx 后再校验。`,
      `${whereEn} of "${fileName}" inflates far too much — it may be a zip bomb, or the file is damaged (${cause.detailEn}); nothing was checked: ask the sender for the original, or open it in Excel, save it as .xlsx and check again.`,
    );
  }
  return new ReportError(
    "file-unreadable",
    `“${fileName}”已损坏（${whereZh}：${cause.detailZh}），未校验：请在 Excel 中打开（让 Excel 修复）并另存为 .xlsx 后再校验，或重新获取文件。`,
    `"${fileName}" is damaged (${whereEn}: ${cause.detailEn}); nothing was checked: open it in Excel (let Excel repair it), save it as .xlsx and check again, or get the file again.`,
  );
}
